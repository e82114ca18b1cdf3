package ai.zimmer.loadtest.report;

import ai.zimmer.loadtest.settings.SloThresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Finds the knee of a run from its over-time charts: the first moment from which the SLO
 * stays broken for {@code sustainedPoints} consecutive chart points, so that one slow
 * second (a GC pause) is not called a knee.
 */
public final class KneeFinder {

	static final String PERCENTILES_CHART = "ResponseTimeContainerId";

	static final String RESPONSES_CHART = "ResponsesContainerId";

	static final String USERS_CHART = "MaxConcurrentUsersContainerId";

	private final SloThresholds slo;

	private final int sustainedPoints;

	public KneeFinder(SloThresholds slo, int sustainedPoints) {
		this.slo = slo;
		this.sustainedPoints = sustainedPoints;
	}

	public Optional<Knee> find(String html) {
		List<Moment> moments = moments(html);
		double best = 0;
		for (int index = 0; index < moments.size(); index++) {
			if (brokenFrom(moments, index)) {
				Moment knee = moments.get(index);
				long offset = (knee.epochMillis() - moments.getFirst().epochMillis()) / 1000;
				return Optional.of(new Knee(offset, knee.users(), knee.responses(), knee.p95(), knee.p99(),
						knee.errorPercent(), best));
			}
			best = Math.max(best, moments.get(index).responses());
		}
		return Optional.empty();
	}

	private boolean brokenFrom(List<Moment> moments, int start) {
		if (start + this.sustainedPoints > moments.size()) {
			return false;
		}
		for (int index = start; index < start + this.sustainedPoints; index++) {
			if (!breaks(moments.get(index))) {
				return false;
			}
		}
		return true;
	}

	private boolean breaks(Moment moment) {
		return moment.p95() >= this.slo.p95Millis() || moment.p99() >= this.slo.p99Millis()
				|| moment.errorPercent() >= this.slo.maxErrorPercent();
	}

	private static List<Moment> moments(String html) {
		NavigableMap<Long, Double> responses = ChartSeries.read(html, RESPONSES_CHART, "All");
		NavigableMap<Long, Double> failures = ChartSeries.read(html, RESPONSES_CHART, "KO");
		NavigableMap<Long, Double> p95 = ChartSeries.read(html, PERCENTILES_CHART, "95%");
		NavigableMap<Long, Double> p99 = ChartSeries.read(html, PERCENTILES_CHART, "99%");
		NavigableMap<Long, Double> users = ChartSeries.read(html, USERS_CHART, "All users");
		List<Moment> moments = new ArrayList<>();
		responses.forEach((time, count) -> {
			double failed = failures.getOrDefault(time, 0.0);
			double errorPercent = (count > 0) ? failed * 100 / count : 0;
			moments.add(new Moment(time, count, errorPercent, p95.getOrDefault(time, 0.0), p99.getOrDefault(time, 0.0),
					valueAtOrBefore(users, time)));
		});
		return moments;
	}

	private static double valueAtOrBefore(NavigableMap<Long, Double> series, long time) {
		var entry = series.floorEntry(time);
		return (entry != null) ? entry.getValue() : 0;
	}

	private record Moment(long epochMillis, double responses, double errorPercent, double p95, double p99,
			double users) {
	}

}
