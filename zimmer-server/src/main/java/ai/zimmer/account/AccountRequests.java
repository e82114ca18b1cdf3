package ai.zimmer.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies the account endpoints accept.
 */
final class AccountRequests {

	static final String PHONE = "\\+?[0-9][0-9 ()-]{4,31}";

	private AccountRequests() {
	}

	record Register(@NotBlank @Size(max = 100) String name, @NotNull @Email @Size(max = 254) String email,
			@NotNull @Size(min = 8, max = 128) String password,
			@Size(max = 32) @Pattern(regexp = PHONE, message = "must be a phone number") String phoneNumber) {
	}

	record Login(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 128) String password) {
	}

	record Refresh(@Size(max = 200) String refreshToken) {
	}

	record ProfileUpdate(
			@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
			@Size(max = 32) @Pattern(regexp = PHONE, message = "must be a phone number") String phoneNumber) {
	}

	record PasswordChange(@NotNull @Size(max = 128) String currentPassword,
			@NotNull @Size(min = 8, max = 128) String newPassword) {
	}

}
