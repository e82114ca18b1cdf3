package ai.zimmer.billing;

import java.net.URI;

import jakarta.validation.Valid;

import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DiscountController {

	private final DiscountService discounts;

	DiscountController(DiscountService discounts) {
		this.discounts = discounts;
	}

	@PostMapping("/api/discounts/validate")
	DiscountCheck validate(Caller caller, @Valid @RequestBody DiscountRequests.Validate request) {
		return this.discounts.check(caller, request.code(), request.automationId(), request.tokens());
	}

	@PostMapping("/api/admin/discounts")
	ResponseEntity<DiscountCode> create(Caller caller, @Valid @RequestBody DiscountRequests.Create request) {
		DiscountCode created = this.discounts.create(caller, request);
		return ResponseEntity.created(URI.create("/api/admin/discounts/" + created.id())).body(created);
	}

	@GetMapping("/api/admin/discounts")
	CursorPage<DiscountCode> list(Caller caller, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return this.discounts.list(caller, PageQuery.of(limit, cursor));
	}

	@GetMapping("/api/admin/discounts/{id}")
	DiscountCode find(Caller caller, @PathVariable long id) {
		return this.discounts.find(caller, id);
	}

	@PatchMapping("/api/admin/discounts/{id}")
	DiscountCode update(Caller caller, @PathVariable long id, @Valid @RequestBody DiscountRequests.Change change) {
		return this.discounts.update(caller, id, change);
	}

}
