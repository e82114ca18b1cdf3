# Sourced by the load-test scripts: starts a local-mode Zimmer from the packaged jar on free loopback ports, waits
# until it is ready, and stops it again. Nothing here builds anything: run `./mvnw -DskipTests package` first.

ZIMMER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
ZIMMER_READY_TIMEOUT=${ZIMMER_READY_TIMEOUT:-180}

zimmer_pid=""
zimmer_data_dir=""

# A port nothing listens on; the server binds it a moment later, so a clash is possible but unlikely.
free_port() {
	local port attempt
	for attempt in $(seq 1 100); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	echo "No free loopback port found" >&2
	return 1
}

server_jar() {
	local jar="$ZIMMER_ROOT/zimmer-server/target/zimmer-server.jar"
	if [ ! -f "$jar" ]; then
		echo "No zimmer-server/target/zimmer-server.jar: build it first with ./mvnw -DskipTests package" >&2
		return 1
	fi
	echo "$jar"
}

# Starts Zimmer in local mode; sets ZIMMER_URL, ZIMMER_SAMPLE_URL and exports the manager credentials, which the
# load-test settings read from the environment.
start_zimmer() {
	local jar port sample_port
	jar=$(server_jar) || return 2
	port=$(free_port) || return 1
	sample_port=$(free_port) || return 1
	zimmer_data_dir=$(mktemp -d -t zimmer-loadtest.XXXXXX)
	export ZIMMER_ADMIN_EMAIL=${ZIMMER_ADMIN_EMAIL:-admin@zimmer.local}
	export ZIMMER_ADMIN_PASSWORD=${ZIMMER_ADMIN_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
	echo "Starting $(basename "$jar") on 127.0.0.1:$port (reference automation on $sample_port, data in $zimmer_data_dir)"
	SERVER_PORT=$port ZIMMER_SAMPLE_PORT=$sample_port ZIMMER_DATA_DIR=$zimmer_data_dir \
		"$JAVA_HOME/bin/java" -jar "$jar" >"$zimmer_data_dir/server.log" 2>&1 &
	zimmer_pid=$!
	ZIMMER_URL="http://127.0.0.1:$port"
	ZIMMER_SAMPLE_URL="http://127.0.0.1:$sample_port"
	wait_until_ready
}

wait_until_ready() {
	local deadline=$((SECONDS + ZIMMER_READY_TIMEOUT))
	until curl -fs -o /dev/null --max-time 2 "$ZIMMER_URL/readyz"; do
		if ! kill -0 "$zimmer_pid" 2>/dev/null; then
			echo "Zimmer exited during start-up; the end of its log:" >&2
			tail -n 40 "$zimmer_data_dir/server.log" >&2
			return 1
		fi
		if [ "$SECONDS" -ge "$deadline" ]; then
			echo "Zimmer was not ready after ${ZIMMER_READY_TIMEOUT}s (ZIMMER_READY_TIMEOUT); the end of its log:" >&2
			tail -n 40 "$zimmer_data_dir/server.log" >&2
			return 1
		fi
		sleep 1
	done
	echo "Zimmer is ready at $ZIMMER_URL"
}

# Stops the server this script started (and only that one), then removes its data folder.
stop_zimmer() {
	if [ -n "$zimmer_pid" ] && kill -0 "$zimmer_pid" 2>/dev/null; then
		kill -TERM "$zimmer_pid" 2>/dev/null
		for _ in $(seq 1 30); do
			kill -0 "$zimmer_pid" 2>/dev/null || break
			sleep 1
		done
		kill -KILL "$zimmer_pid" 2>/dev/null
		wait "$zimmer_pid" 2>/dev/null
	fi
	zimmer_pid=""
	if [ -n "$zimmer_data_dir" ] && [ -d "$zimmer_data_dir" ]; then
		mkdir -p "$ZIMMER_ROOT/target" && cp "$zimmer_data_dir/server.log" "$ZIMMER_ROOT/target/last-server.log" 2>/dev/null
		rm -rf "$zimmer_data_dir"
	fi
	zimmer_data_dir=""
}

run_gatling() {
	(cd "$ZIMMER_ROOT" && ./mvnw -B -ntp -pl zimmer-loadtest gatling:test "-DbaseUrl=$ZIMMER_URL" \
		"-DsampleUrl=$ZIMMER_SAMPLE_URL" "$@")
}
