package ai.zimmer.wallet;

import java.util.Arrays;

import ai.zimmer.platform.error.ApiException;

/**
 * The periods a usage view may cover.
 */
enum UsageRange {

	LAST_7_DAYS("7d", 7), LAST_30_DAYS("30d", 30), LAST_6_MONTHS("6m", 183);

	private final String value;

	private final int days;

	UsageRange(String value, int days) {
		this.value = value;
		this.days = days;
	}

	String value() {
		return this.value;
	}

	int days() {
		return this.days;
	}

	static UsageRange parse(String value) {
		if (value == null) {
			return LAST_7_DAYS;
		}
		return Arrays.stream(values())
			.filter((range) -> range.value.equals(value))
			.findFirst()
			.orElseThrow(() -> ApiException.invalid("range", "must be one of 7d, 30d, 6m"));
	}

}
