# Sourced by the benchmark scripts that need servers, after they set $root to the repository.
# Starts the fixture's throwaway PostgreSQL 15 and Redis in a temporary state folder ($state),
# stops them and removes the folder when the script exits, whatever happens, and exports the
# servers' addresses (servers.env) and what tests/support/TestServers reads.
state=$(mktemp -d /tmp/treeops-bench-servers.XXXXXX)
stop_test_servers() {
    bash "$root/tests/fixtures/test-servers.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap stop_test_servers EXIT
bash "$root/tests/fixtures/test-servers.sh" start "$state"
# shellcheck disable=SC1091
set -a && source "$state/servers.env" && set +a
export TREEOPS_TEST_SERVERS_DIR=$state
export TREEOPS_TEST_SERVERS_SCRIPT=$root/tests/fixtures/test-servers.sh
