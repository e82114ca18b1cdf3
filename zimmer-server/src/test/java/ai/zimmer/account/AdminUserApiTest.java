package ai.zimmer.account;

import java.util.Map;
import java.util.UUID;

import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminUserApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Api api;

	String manager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.fixtures.signedIn(this.api, Role.MANAGER);
	}

	@Test
	void aManagerShouldCreateStaffWhoCanSignIn() {
		String email = "support-" + UUID.randomUUID() + "@zimmer.test";

		Reply created = this.api
			.post("/api/admin/users",
					Map.of("name", "Support", "email", email, "password", "support-pass", "role", "support_staff"))
			.bearer(this.manager)
			.send();
		Reply login = this.api.post("/api/auth/login", Map.of("email", email, "password", "support-pass")).send();

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("role")).isEqualTo("support_staff");
		assertThat(login.json().path("user").path("role").asString()).isEqualTo("support_staff");
	}

	@Test
	void onlyAManagerShouldManageUsers() {
		String support = this.fixtures.signedIn(this.api, Role.SUPPORT_STAFF);
		String customer = this.api.registerCustomer().text("access_token");
		Map<String, Object> body = Map.of("name", "X", "email", "x-" + UUID.randomUUID() + "@zimmer.test", "password",
				"password-1", "role", "manager");

		assertThat(this.api.post("/api/admin/users", body).bearer(support).send().status()).isEqualTo(403);
		assertThat(this.api.post("/api/admin/users", body).bearer(customer).send().status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/users").bearer(customer).send().status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/users").send().status()).isEqualTo(401);
	}

	@Test
	void disablingAUserShouldStopLoginAndRefresh() {
		Reply customer = this.api.registerCustomer();
		long id = customer.json().path("user").path("id").asLong();
		String email = customer.json().path("user").path("email").asString();

		Reply updated = this.api.patch("/api/admin/users/" + id, Map.of("is_active", false))
			.bearer(this.manager)
			.send();
		Reply login = this.api.post("/api/auth/login", Map.of("email", email, "password", "password-123")).send();
		Reply refresh = this.api.post("/api/auth/refresh", Map.of("refresh_token", customer.text("refresh_token")))
			.send();

		assertThat(updated.json().path("is_active").asBoolean()).isFalse();
		assertThat(login.status()).isEqualTo(403);
		assertThat(login.text("code")).isEqualTo("account_disabled");
		assertThat(refresh.status()).isEqualTo(401);
	}

	@Test
	void listsShouldCarryATotalAndRejectUnknownRoles() {
		Reply list = this.api.get("/api/admin/users?role=manager&limit=1").bearer(this.manager).send();
		Reply unknown = this.api.get("/api/admin/users?role=emperor").bearer(this.manager).send();
		Reply unknownRole = this.api
			.post("/api/admin/users", Map.of("name", "X", "email", "y-" + UUID.randomUUID() + "@zimmer.test",
					"password", "password-1", "role", "emperor"))
			.bearer(this.manager)
			.send();

		assertThat(list.number("total")).isGreaterThanOrEqualTo(1);
		assertThat(list.json().path("items").size()).isEqualTo(1);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknownRole.status()).isEqualTo(422);
	}

}
