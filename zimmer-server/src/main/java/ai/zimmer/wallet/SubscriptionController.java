package ai.zimmer.wallet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubscriptionController {

	private final WalletService wallets;

	private final WalletQueries queries;

	SubscriptionController(WalletService wallets, WalletQueries queries) {
		this.wallets = wallets;
		this.queries = queries;
	}

	@PostMapping("/api/user/automations")
	@ResponseStatus(HttpStatus.CREATED)
	SubscriptionView subscribe(Caller caller, @Valid @RequestBody SubscribeRequest request) {
		return SubscriptionView.of(this.wallets.subscribe(caller, request.automationId(), request.telegramBotToken()));
	}

	@GetMapping("/api/user/automations")
	CursorPage<SubscriptionView> list(Caller caller, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return this.queries.subscriptionsOf(caller.userId(), PageQuery.of(limit, cursor)).map(SubscriptionView::of);
	}

	@GetMapping("/api/user/automations/{id}")
	SubscriptionView get(Caller caller, @PathVariable long id) {
		return SubscriptionView.of(this.wallets.findOwn(caller, id));
	}

	record SubscribeRequest(@NotNull @Positive Long automationId,
			@Size(min = 20, max = 128) @Pattern(regexp = "[0-9]{3,20}:[A-Za-z0-9_-]{20,100}",
					message = "must be a Telegram bot token") String telegramBotToken) {
	}

}
