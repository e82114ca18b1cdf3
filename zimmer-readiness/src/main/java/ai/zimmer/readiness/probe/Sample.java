package ai.zimmer.readiness.probe;

import ai.zimmer.readiness.http.Reply;

/**
 * One probe request: how long it took by the wall clock and how it ended.
 *
 * @param nanos wall-clock time from send to complete answer, or to the failure
 * @param kind how it ended
 */
record Sample(long nanos, Kind kind) {

	static Sample of(Reply reply) {
		return new Sample(reply.elapsed().toNanos(), Kind.of(reply));
	}

	/** How a probe request ended; everything but {@link #OK} is an error. */
	enum Kind {

		/** 200 as expected. */
		OK,

		/** 5xx. */
		SERVER_ERROR,

		/** No complete answer within the request timeout. */
		TIMEOUT,

		/** Connection refused, reset or failed. */
		CONNECTION,

		/** 429: the deployment refused to serve the probe's traffic. */
		THROTTLED,

		/** Any other status, such as 401 or 404 on a path that should answer. */
		UNEXPECTED;

		static Kind of(Reply reply) {
			return switch (reply.failure()) {
				case TIMEOUT -> TIMEOUT;
				case CONNECTION -> CONNECTION;
				case NONE -> ofStatus(reply.status());
			};
		}

		private static Kind ofStatus(int status) {
			if (status == 200) {
				return OK;
			}
			if (status == 429) {
				return THROTTLED;
			}
			return (status >= 500) ? SERVER_ERROR : UNEXPECTED;
		}

	}

}
