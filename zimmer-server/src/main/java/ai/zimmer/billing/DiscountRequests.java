package ai.zimmer.billing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The bodies the discount endpoints accept.
 */
final class DiscountRequests {

	static final String CODE = "[A-Za-z0-9_-]{1,64}";

	private DiscountRequests() {
	}

	record Validate(@NotNull @Size(min = 1, max = 64) String code, @NotNull @Positive Long automationId,
			@NotNull @Min(1) @Max(PaymentRequests.MAX_TOKENS) Long tokens) {
	}

	/**
	 * A new code; {@code automationIds} empty or absent means every automation.
	 */
	record Create(
			@NotNull @Size(max = 64) @Pattern(regexp = CODE,
					message = "must be 1 to 64 letters, digits, '-' or '_'") String code,
			@NotNull @Min(0) @Max(100) Integer percentOff, Instant startsAt, Instant endsAt,
			@Positive Integer maxRedemptions, @Positive Integer perUserLimit,
			@Size(max = 100) List<@NotNull @Positive Long> automationIds, Boolean isActive) {
	}

	/**
	 * A partial change: a field left out stays as it is. For the window and the limits an
	 * explicit {@code null} removes the bound or limit; the other fields refuse
	 * {@code null}. Setters rather than a record, because only they tell a field left out
	 * from a field set to {@code null}.
	 */
	static final class Change {

		private final Set<String> given = new HashSet<>();

		@Min(0)
		@Max(100)
		private Integer percentOff;

		private Instant startsAt;

		private Instant endsAt;

		@Positive
		private Integer maxRedemptions;

		@Positive
		private Integer perUserLimit;

		@Size(max = 100)
		private List<@NotNull @Positive Long> automationIds;

		private Boolean isActive;

		@JsonSetter(nulls = Nulls.FAIL)
		public void setPercentOff(Integer percentOff) {
			this.percentOff = percentOff;
		}

		public void setStartsAt(Instant startsAt) {
			this.startsAt = startsAt;
			this.given.add("starts_at");
		}

		public void setEndsAt(Instant endsAt) {
			this.endsAt = endsAt;
			this.given.add("ends_at");
		}

		public void setMaxRedemptions(Integer maxRedemptions) {
			this.maxRedemptions = maxRedemptions;
			this.given.add("max_redemptions");
		}

		public void setPerUserLimit(Integer perUserLimit) {
			this.perUserLimit = perUserLimit;
			this.given.add("per_user_limit");
		}

		@JsonSetter(nulls = Nulls.FAIL)
		public void setAutomationIds(List<Long> automationIds) {
			this.automationIds = automationIds;
		}

		@JsonSetter(nulls = Nulls.FAIL)
		public void setIsActive(Boolean isActive) {
			this.isActive = isActive;
		}

		int percentOff(int current) {
			return (this.percentOff != null) ? this.percentOff : current;
		}

		Instant startsAt(Instant current) {
			return this.given.contains("starts_at") ? this.startsAt : current;
		}

		Instant endsAt(Instant current) {
			return this.given.contains("ends_at") ? this.endsAt : current;
		}

		Integer maxRedemptions(Integer current) {
			return this.given.contains("max_redemptions") ? this.maxRedemptions : current;
		}

		Integer perUserLimit(Integer current) {
			return this.given.contains("per_user_limit") ? this.perUserLimit : current;
		}

		boolean active(boolean current) {
			return (this.isActive != null) ? this.isActive : current;
		}

		/**
		 * The new automation mapping, or {@code null} when it stays as it is.
		 */
		List<Long> automationIds() {
			return this.automationIds;
		}

	}

}
