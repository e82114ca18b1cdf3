package ai.zimmer.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A percentage discount customers enter at checkout, with its validity window and limits.
 *
 * @param startsAt first instant the code is valid (inclusive), or {@code null} for no
 * start
 * @param endsAt instant the code stops being valid (exclusive), or {@code null} for no
 * end
 * @param maxRedemptions how many successful payments may use the code in total, or
 * {@code null} for no limit
 * @param perUserLimit how many successful payments one customer may make with it, or
 * {@code null} for no limit
 * @param redemptions successful payments counted against {@code maxRedemptions}
 * @param automationIds the automations it applies to; empty means every automation
 */
public record DiscountCode(long id, String code, int percentOff, Instant startsAt, Instant endsAt,
		Integer maxRedemptions, Integer perUserLimit, int redemptions, @JsonProperty("is_active") boolean active,
		List<Long> automationIds, Instant createdAt, Instant updatedAt) {

	public DiscountCode {
		automationIds = List.copyOf(automationIds);
	}

	/**
	 * Why this code cannot be used now by a customer who already redeemed it
	 * {@code userRedemptions} times, for the given automation; empty when it can.
	 */
	Optional<DiscountRefusal> refusal(Instant now, long automationId, long userRedemptions) {
		if (!this.active) {
			return Optional.of(DiscountRefusal.INACTIVE);
		}
		if (this.startsAt != null && now.isBefore(this.startsAt)) {
			return Optional.of(DiscountRefusal.NOT_STARTED);
		}
		if (this.endsAt != null && !now.isBefore(this.endsAt)) {
			return Optional.of(DiscountRefusal.EXPIRED);
		}
		if (!this.automationIds.isEmpty() && !this.automationIds.contains(automationId)) {
			return Optional.of(DiscountRefusal.NOT_APPLICABLE);
		}
		if (this.maxRedemptions != null && this.redemptions >= this.maxRedemptions) {
			return Optional.of(DiscountRefusal.EXHAUSTED);
		}
		if (this.perUserLimit != null && userRedemptions >= this.perUserLimit) {
			return Optional.of(DiscountRefusal.PER_USER_LIMIT_REACHED);
		}
		return Optional.empty();
	}

}
