/* ingest, companies: article text to events (placeholder until the extractor lands). */
#include "cli.h"

const cli_cmd_t cli_cmds_ingest[] = {{NULL, NULL, NULL, NULL, NULL}};
