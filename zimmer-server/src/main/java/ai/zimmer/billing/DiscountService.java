package ai.zimmer.billing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.billing.DiscountRepository.DiscountTerms;
import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discount codes: what they take off a purchase, their redemption when a payment
 * succeeds, and their administration by managers.
 */
@Service
public class DiscountService {

	private final DiscountRepository discounts;

	private final AutomationService automations;

	private final AuditTrail audit;

	private final Clock clock;

	DiscountService(DiscountRepository discounts, AutomationService automations, AuditTrail audit, Clock clock) {
		this.discounts = discounts;
		this.automations = automations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a code would take off a purchase of a listed automation.
	 * @throws ApiException 404 when the automation is not listed
	 */
	@Transactional(readOnly = true)
	public DiscountCheck check(Caller caller, String code, long automationId, long tokens) {
		Automation automation = this.automations.findListed(automationId);
		PriceQuote undiscounted = quote(tokens, automation.pricePerToken(), 0);
		Optional<DiscountCode> discount = this.discounts.findByCode(normalize(code));
		if (discount.isEmpty()) {
			return DiscountCheck.refused(undiscounted, DiscountRefusal.UNKNOWN_CODE);
		}
		return refusal(discount.get(), caller.userId(), automation.id())
			.map((reason) -> DiscountCheck.refused(undiscounted, reason))
			.orElseGet(
					() -> DiscountCheck.valid(quote(tokens, automation.pricePerToken(), discount.get().percentOff())));
	}

	/**
	 * Prices an order, with a discount code when one is given.
	 * @throws ApiException 422 on {@code discount_code} when the code cannot be used
	 */
	PricedOrder price(long userId, Automation automation, long tokens, String code) {
		if (code == null) {
			return new PricedOrder(quote(tokens, automation.pricePerToken(), 0), null);
		}
		DiscountCode discount = this.discounts.findByCode(normalize(code))
			.orElseThrow(() -> refused(DiscountRefusal.UNKNOWN_CODE));
		refusal(discount, userId, automation.id()).ifPresent((reason) -> {
			throw refused(reason);
		});
		return new PricedOrder(quote(tokens, automation.pricePerToken(), discount.percentOff()), discount);
	}

	/**
	 * Counts the use of a code by a payment that has just succeeded; joins its
	 * transaction. A redemption over the code's limits (they were checked when the
	 * payment started, but other payments may have used them up since) is still recorded,
	 * flagged, because the customer has paid the discounted amount.
	 * @return whether the redemption was within the code's limits
	 */
	boolean redeem(long discountCodeId, long userId, long paymentId) {
		this.discounts.lock(discountCodeId);
		DiscountCode code = this.discounts.findById(discountCodeId).orElseThrow();
		boolean withinUserLimit = code.perUserLimit() == null
				|| this.discounts.redemptionsBy(discountCodeId, userId) < code.perUserLimit();
		boolean within = withinUserLimit && this.discounts.countRedemption(discountCodeId);
		this.discounts.insertRedemption(discountCodeId, userId, paymentId, within, this.clock.instant());
		return within;
	}

	@Transactional
	public DiscountCode create(Caller caller, DiscountRequests.Create request) {
		requireManager(caller);
		DiscountTerms terms = new DiscountTerms(normalize(request.code()), request.percentOff(), request.startsAt(),
				request.endsAt(), request.maxRedemptions(), request.perUserLimit(),
				(request.isActive() != null) ? request.isActive() : true);
		List<Long> automationIds = knownAutomations(request.automationIds());
		checkWindow(terms);
		long id;
		try {
			id = this.discounts.insert(terms, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("discount_code_taken", "A discount code with this code already exists");
		}
		this.discounts.replaceAutomations(id, automationIds);
		this.audit.record(caller.userId(), "discount.created", "discount_code", id, details(terms, automationIds));
		return this.discounts.findById(id).orElseThrow();
	}

	@Transactional
	public DiscountCode update(Caller caller, long id, DiscountRequests.Change change) {
		requireManager(caller);
		DiscountCode current = find(caller, id);
		DiscountTerms terms = new DiscountTerms(current.code(), change.percentOff(current.percentOff()),
				change.startsAt(current.startsAt()), change.endsAt(current.endsAt()),
				change.maxRedemptions(current.maxRedemptions()), change.perUserLimit(current.perUserLimit()),
				change.active(current.active()));
		checkWindow(terms);
		List<Long> automationIds = (change.automationIds() != null) ? knownAutomations(change.automationIds())
				: current.automationIds();
		this.discounts.update(id, terms, this.clock.instant());
		if (change.automationIds() != null) {
			this.discounts.replaceAutomations(id, automationIds);
		}
		this.audit.record(caller.userId(), "discount.updated", "discount_code", id, details(terms, automationIds));
		return find(caller, id);
	}

	@Transactional(readOnly = true)
	public DiscountCode find(Caller caller, long id) {
		requireManager(caller);
		return this.discounts.findById(id).orElseThrow(() -> ApiException.notFound("Discount code"));
	}

	@Transactional(readOnly = true)
	public CursorPage<DiscountCode> list(Caller caller, PageQuery page) {
		requireManager(caller);
		return page.page(this.discounts.page(page.after(), page.fetchSize()), DiscountCode::id);
	}

	static String normalize(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	/**
	 * @throws ApiException 422 on {@code tokens} when the amount does not fit a
	 * {@code long}
	 */
	static PriceQuote quote(long tokens, long pricePerToken, int percentOff) {
		try {
			return PriceQuote.of(tokens, pricePerToken, percentOff);
		}
		catch (ArithmeticException ex) {
			throw ApiException.invalid("tokens", "makes the amount too large to pay at once");
		}
	}

	private Optional<DiscountRefusal> refusal(DiscountCode discount, long userId, long automationId) {
		return discount.refusal(this.clock.instant(), automationId,
				this.discounts.redemptionsBy(discount.id(), userId));
	}

	private List<Long> knownAutomations(List<Long> automationIds) {
		if (automationIds == null) {
			return List.of();
		}
		List<Long> distinct = automationIds.stream().distinct().sorted().toList();
		for (long automationId : distinct) {
			try {
				this.automations.find(automationId);
			}
			catch (ApiException ex) {
				throw ApiException.invalid("automation_ids", "contains an unknown automation: " + automationId);
			}
		}
		return distinct;
	}

	/**
	 * Discounts are money: only managers may set them, not every staff role.
	 */
	private static void requireManager(Caller caller) {
		if (!caller.isManager()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only managers may administer discount codes");
		}
	}

	private static void checkWindow(DiscountTerms terms) {
		if (terms.startsAt() != null && terms.endsAt() != null && !terms.endsAt().isAfter(terms.startsAt())) {
			throw ApiException.invalid("ends_at", "must be after starts_at");
		}
	}

	private static ApiException refused(DiscountRefusal reason) {
		return ApiException.invalid("discount_code", reason.message());
	}

	private static Map<String, Object> details(DiscountTerms terms, List<Long> automationIds) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", terms.code());
		details.put("percent_off", terms.percentOff());
		details.put("starts_at", (terms.startsAt() != null) ? terms.startsAt().toString() : null);
		details.put("ends_at", (terms.endsAt() != null) ? terms.endsAt().toString() : null);
		details.put("max_redemptions", terms.maxRedemptions());
		details.put("per_user_limit", terms.perUserLimit());
		details.put("is_active", terms.active());
		details.put("automation_ids", automationIds);
		return details;
	}

	/**
	 * An order's price and the code that discounted it, if any.
	 */
	record PricedOrder(PriceQuote quote, DiscountCode discount) {
	}

}
