/* The daemon's Prometheus metrics, and the loop stall probe they report. */
#include <string.h>
#include <time.h>

#include "../../core/proj.h"
#include "daemon.h"

static const double daemon_lat_le[DAEMON_LAT_BUCKETS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                         0.05,   0.1,   0.25,   0.5,   1,    5};

/* The loop stall probe: a timer due every DAEMON_PROBE_MS notes how late it
 * fires; lateness is time the loop thread spent on something else (a long
 * computation on the loop would show here). /metrics and /v1/status give the
 * worst. */
static void daemon_probe_cb(uv_timer_t *t)
{
    daemon_t *d = t->data;
    daemon_metrics_t *m = &d->metrics;
    uint64_t now = uv_hrtime(), due = m->probe_last + (uint64_t)DAEMON_PROBE_MS * 1000000;

    if (m->probe_last && now > due && now - due > m->stall_max_ns) m->stall_max_ns = now - due;
    m->probe_last = now;
}

/* The loop's own work, apart from waiting for a CPU: the loop thread's CPU
 * time from one turn to the next (runs before the loop waits for events;
 * the wait itself costs none). The probe's stall is this plus the time the
 * thread was runnable and not running (other processes, the workers). */
static void daemon_turn_cb(uv_prepare_t *h)
{
    daemon_metrics_t *m = &((daemon_t *)h->data)->metrics;
    struct timespec ts;
    uint64_t now;

    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)) return;
    now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    if (m->turn_cpu && now - m->turn_cpu > m->turn_max_ns) m->turn_max_ns = now - m->turn_cpu;
    m->turn_cpu = now;
}

void daemon_metrics_start(daemon_t *d)
{
    uv_timer_init(d->loop, &d->metrics.probe);
    d->metrics.probe.data = d;
    uv_timer_start(&d->metrics.probe, daemon_probe_cb, DAEMON_PROBE_MS, DAEMON_PROBE_MS);
    uv_unref((uv_handle_t *)&d->metrics.probe);
    uv_prepare_init(d->loop, &d->metrics.turn);
    d->metrics.turn.data = d;
    uv_prepare_start(&d->metrics.turn, daemon_turn_cb);
    uv_unref((uv_handle_t *)&d->metrics.turn);
}

void daemon_metrics_stop(daemon_t *d)
{
    uv_close((uv_handle_t *)&d->metrics.probe, NULL);
    uv_close((uv_handle_t *)&d->metrics.turn, NULL);
}

void daemon_metrics_request(daemon_t *d, const char *route, int status, double seconds)
{
    daemon_metrics_t *m = &d->metrics;
    int i;

    for (i = 0; i < m->nroutes; i++)
        if (m->routes[i].status == status && strcmp(m->routes[i].route, route) == 0) break;
    if (i == m->nroutes && m->nroutes < (int)(sizeof m->routes / sizeof *m->routes)) {
        m->routes[i].route = route;
        m->routes[i].status = status;
        m->nroutes++;
    }
    if (i < m->nroutes) m->routes[i].count++;
    for (int b = 0; b < DAEMON_LAT_BUCKETS; b++)
        if (seconds <= daemon_lat_le[b]) m->lat_buckets[b]++;
    m->lat_count++;
    m->lat_sum += seconds;
}

int daemon_dbstat_read(store_t *c, int info, daemon_dbstat_t *s)
{
    s->head_rc = s->proj_rc = s->info_rc = ERR_INTERNAL;
    if ((s->head_rc = eventlog_head(&c->log, &s->head, s->hash, &s->e))) return s->head_rc;
    if (info && (s->info_rc = store_info(c, &s->info, &s->e))) return s->info_rc;
    if (proj_def_count > DAEMON_PROJ_MAX) return 0; /* none are given */
    return s->proj_rc = proj_status(&c->rm, s->st, &s->e);
}

void daemon_metrics_render(daemon_t *d, const daemon_dbstat_t *db, buf_t *out)
{
    daemon_metrics_t *m = &d->metrics;

    uv_mutex_lock(&m->lock);
    buf_printf(
        out,
        "# HELP seismo_events_appended_total Events appended through this daemon.\n"
        "# TYPE seismo_events_appended_total counter\n"
        "seismo_events_appended_total %llu\n"
        "# HELP seismo_articles_ingested_total Articles ingested (HTTP and spool).\n"
        "# TYPE seismo_articles_ingested_total counter\n"
        "seismo_articles_ingested_total %llu\n"
        "# HELP seismo_articles_rejected_total Articles rejected (HTTP and spool).\n"
        "# TYPE seismo_articles_rejected_total counter\n"
        "seismo_articles_rejected_total %llu\n"
        "# HELP seismo_connections_refused_total Connections refused over --max-connections.\n"
        "# TYPE seismo_connections_refused_total counter\n"
        "seismo_connections_refused_total %llu\n"
        "# HELP seismo_connections_idle_closed_total Idle connections closed to make room.\n"
        "# TYPE seismo_connections_idle_closed_total counter\n"
        "seismo_connections_idle_closed_total %llu\n",
        m->events_appended, m->articles_ingested, m->articles_rejected, m->conns_refused,
        m->conns_idle_closed);
    uv_mutex_unlock(&m->lock);
    buf_printf(out,
               "# HELP seismo_connections Open connections.\n# TYPE seismo_connections gauge\n"
               "seismo_connections %d\n",
               d->server.nconns);
    buf_puts(out, "# HELP seismo_http_requests_total HTTP requests by route and status.\n"
                  "# TYPE seismo_http_requests_total counter\n");
    for (int i = 0; i < m->nroutes; i++)
        buf_printf(out, "seismo_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                   m->routes[i].route, m->routes[i].status, m->routes[i].count);
    buf_puts(out, "# HELP seismo_http_request_duration_seconds Request latency.\n"
                  "# TYPE seismo_http_request_duration_seconds histogram\n");
    for (int b = 0; b < DAEMON_LAT_BUCKETS; b++)
        buf_printf(out, "seismo_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
                   daemon_lat_le[b], m->lat_buckets[b]);
    buf_printf(out,
               "seismo_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n"
               "seismo_http_request_duration_seconds_sum %.6f\n"
               "seismo_http_request_duration_seconds_count %llu\n",
               m->lat_count, m->lat_sum, m->lat_count);
    if (db->head_rc == 0) {
        buf_printf(out,
                   "# HELP seismo_log_head_seq The head seq of the log.\n"
                   "# TYPE seismo_log_head_seq gauge\nseismo_log_head_seq %lld\n",
                   db->head);
        if (db->proj_rc == 0) {
            buf_puts(out, "# HELP seismo_projection_lag Events the projection has still to apply.\n"
                          "# TYPE seismo_projection_lag gauge\n");
            for (size_t i = 0; i < proj_def_count; i++)
                buf_printf(out, "seismo_projection_lag{projection=\"%s\"} %lld\n", db->st[i].name,
                           db->head - db->st[i].last_seq);
        }
    }
    buf_printf(out,
               "# HELP seismo_loop_stall_max_seconds The longest the event loop was late "
               "(timer probe).\n"
               "# TYPE seismo_loop_stall_max_seconds gauge\nseismo_loop_stall_max_seconds %.6f\n",
               (double)m->stall_max_ns / 1e9);
    buf_printf(out,
               "# HELP seismo_loop_turn_cpu_max_seconds The most CPU time one turn of the event "
               "loop took (its own work, without waiting for a CPU).\n"
               "# TYPE seismo_loop_turn_cpu_max_seconds gauge\nseismo_loop_turn_cpu_max_seconds "
               "%.6f\n",
               (double)m->turn_max_ns / 1e9);
    buf_printf(out,
               "# HELP seismo_stream_turn_bytes_max The most bytes of streamed answers one turn "
               "of the event loop handed to connections.\n"
               "# TYPE seismo_stream_turn_bytes_max gauge\nseismo_stream_turn_bytes_max %zu\n",
               m->stream_turn_max);
    buf_printf(out,
               "# HELP seismo_queries_computed_total Query documents computed.\n"
               "# TYPE seismo_queries_computed_total counter\nseismo_queries_computed_total %llu\n"
               "# HELP seismo_queries_shared_total Requests answered by an identical query "
               "computed at the same time.\n"
               "# TYPE seismo_queries_shared_total counter\nseismo_queries_shared_total %llu\n",
               m->queries_computed, m->queries_shared);
    buf_puts(out, "# HELP seismo_queue_depth Queries waiting for a thread, by lane.\n"
                  "# TYPE seismo_queue_depth gauge\n");
    buf_printf(out,
               "seismo_queue_depth{lane=\"query\"} %d\nseismo_queue_depth{lane=\"heavy\"} %d\n",
               d->pool.query.queued, d->pool.heavy.queued);
    buf_puts(out, "# HELP seismo_queue_refused_total Queries refused with 503 (lane full).\n"
                  "# TYPE seismo_queue_refused_total counter\n");
    buf_printf(out,
               "seismo_queue_refused_total{lane=\"query\"} %llu\n"
               "seismo_queue_refused_total{lane=\"heavy\"} %llu\n",
               d->pool.query.refused, d->pool.heavy.refused);
    buf_printf(out,
               "# HELP seismo_spool_files_total Spool files processed.\n"
               "# TYPE seismo_spool_files_total counter\n"
               "seismo_spool_files_total{result=\"done\"} %lu\n"
               "seismo_spool_files_total{result=\"rejected\"} %lu\n",
               d->spool.done, d->spool.rejected);
}
