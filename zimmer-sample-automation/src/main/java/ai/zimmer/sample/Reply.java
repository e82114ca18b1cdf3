package ai.zimmer.sample;

/**
 * A normal answer: a status and a body that is serialized as JSON.
 *
 * @param status the HTTP status
 * @param body a record or map, written with snake_case names
 */
record Reply(int status, Object body) {

	static Reply ok(Object body) {
		return new Reply(200, body);
	}

}
