# Completes lines as an interactive zsh does when Tab is pressed, with the
# completion file FILE loaded by compinit's compdef:
#   zsh -f tests/complete.zsh FILE < LINES
# For each line of LINES, prints what zsh offers (one match a line), then "--".
# An interactive zsh runs on a pseudo-terminal (zsh/zpty); compadd is wrapped
# to print its matches, and a NUL before and after each completion marks where
# its output starts and ends.
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "PS1= PROMPT= RPROMPT= LISTMAX=100000"
zpty -w z "autoload -U compinit; compinit -u -D"
zpty -w z "source ${(q)1}; compdef _seismo seismo"
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local h; for h in $__hits; do print -r -- "<<$h>>"; done
}'
zpty -w z "zstyle ':completion:*' insert-tab false"
zpty -w z "bindkey '^I' complete-word"
zpty -w z "null-line () { echo -E - \$'\\0' }"
local line out
while IFS= read -r line; do
    # zsh empties these hooks after every completion: set them again each time
    zpty -w z $'\C-u'"compprefuncs=( null-line ); comppostfuncs=( null-line )"
    zpty -n -w z $'\C-u'"$line"$'\t'
    zpty -r z out '*'$'\0''*'$'\0'
    print -r -- "$out" | grep -a '^<<' | sed 's/^<<//; s/>>.*$//'
    print -r -- --
done
zpty -d z
