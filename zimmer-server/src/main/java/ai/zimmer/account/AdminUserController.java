package ai.zimmer.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff management of users and roles; only a manager may create staff or change roles.
 */
@RestController
class AdminUserController {

	private final UserAdministration administration;

	AdminUserController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/api/admin/users")
	@PreAuthorize("hasRole('MANAGER')")
	UserAdministration.UserList list(@RequestParam(required = false) String role,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return this.administration.list(role, limit, cursor);
	}

	@GetMapping("/api/admin/users/{id}")
	UserView get(@PathVariable long id) {
		return this.administration.get(id);
	}

	@PostMapping("/api/admin/users")
	@PreAuthorize("hasRole('MANAGER')")
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(Caller caller, @Valid @RequestBody CreateUser request) {
		return this.administration.create(caller, request);
	}

	@PatchMapping("/api/admin/users/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	UserView update(Caller caller, @PathVariable long id, @Valid @RequestBody UpdateUser request) {
		return this.administration.update(caller, id, request);
	}

	record CreateUser(@NotBlank @Size(max = 100) String name, @NotNull @Email @Size(max = 254) String email,
			@NotNull @Size(min = 8, max = 128) String password, @NotNull Role role,
			@Size(max = 32) @Pattern(regexp = AccountRequests.PHONE,
					message = "must be a phone number") String phoneNumber) {
	}

	record UpdateUser(Role role, Boolean isActive) {
	}

}
