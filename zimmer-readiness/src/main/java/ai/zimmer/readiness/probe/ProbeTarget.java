package ai.zimmer.readiness.probe;

import java.util.function.Supplier;

import ai.zimmer.readiness.http.Reply;

/**
 * One read endpoint in the probe's mix.
 *
 * @param label the request, such as {@code GET /api/user/dashboard}
 * @param request sends one request
 */
record ProbeTarget(String label, Supplier<Reply> request) {

}
