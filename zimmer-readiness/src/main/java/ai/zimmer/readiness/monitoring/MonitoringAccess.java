package ai.zimmer.readiness.monitoring;

import java.net.URI;

import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.http.Call;
import ai.zimmer.readiness.http.Reply;

/**
 * Reads monitoring endpoints as staff when staff credentials were given, because detailed
 * monitoring is staff-only, and anonymously otherwise.
 */
final class MonitoringAccess {

	static final String HEALTH = "/api/monitoring/health";

	static final String METRICS = "/api/monitoring/metrics";

	static final String ALERTS = "/api/monitoring/alerts";

	private final CheckContext context;

	MonitoringAccess(CheckContext context) {
		this.context = context;
	}

	Reply get(String path) {
		return asStaff(this.context.http().get(path));
	}

	Reply prometheus() {
		return asStaff(this.context.http().getAbsolute(prometheusUrl()).accept("text/plain;version=0.0.4, */*;q=0.1"));
	}

	URI prometheusUrl() {
		return this.context.settings().prometheusUrl();
	}

	boolean staffSignedIn() {
		return this.context.settings().staff().isPresent() && this.context.staff().signedIn();
	}

	String staffProblem() {
		return this.context.staff().problem();
	}

	private Reply asStaff(Call call) {
		if (this.context.settings().staff().isPresent()) {
			this.context.staff().accessToken().ifPresent(call::bearer);
		}
		return call.send();
	}

	static boolean refused(Reply reply) {
		return reply.status() == 401 || reply.status() == 403;
	}

}
