# Shared by the bench scripts: the repository, the corpus master file, and the checks
# that both exist. Sourced, not run.
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${PGDOCS_CORPUS:-$here/../shared/corpus}
master=$corpus/pg14-docs/postgres.sgml
[ -f "$here/target/pgdocs.jar" ] || { echo "run 'mvn package' first" >&2; exit 1; }
[ -f "$master" ] || { echo "no corpus at $master" >&2; exit 1; }
