package ai.zimmer.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ai.zimmer.platform.jdbc.Rows;
import ai.zimmer.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private static final String COLUMNS = "id, name, email, phone_number, password_hash, role, is_active, "
			+ "email_verified_at, twofa_enabled, created_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String email, String phoneNumber, String passwordHash, Role role) {
		return this.jdbc
			.sql("insert into users (name, email, phone_number, password_hash, role) values (?, ?, ?, ?, ?) "
					+ "returning id")
			.params(name, email, phoneNumber, passwordHash, role.value())
			.query(Long.class)
			.single();
	}

	Optional<User> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from users where id = ?")
			.param(id)
			.query(UserRepository::user)
			.optional();
	}

	Optional<User> findByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from users where lower(email) = lower(?)")
			.param(email)
			.query(UserRepository::user)
			.optional();
	}

	boolean emailExists(String email) {
		return this.jdbc.sql("select exists (select 1 from users where lower(email) = lower(?))")
			.param(email)
			.query(Boolean.class)
			.single();
	}

	void updateProfile(long id, String name, String phoneNumber, Instant now) {
		this.jdbc
			.sql("update users set name = coalesce(?, name), phone_number = coalesce(?, phone_number), "
					+ "updated_at = ? where id = ?")
			.params(name, phoneNumber, Rows.timestamp(now), id)
			.update();
	}

	void updatePasswordHash(long id, String passwordHash, Instant now) {
		this.jdbc.sql("update users set password_hash = ?, updated_at = ? where id = ?")
			.params(passwordHash, Rows.timestamp(now), id)
			.update();
	}

	void updateRoleAndStatus(long id, Role role, Boolean active, Instant now) {
		this.jdbc
			.sql("update users set role = coalesce(?, role), is_active = coalesce(?, is_active), updated_at = ? "
					+ "where id = ?")
			.params((role != null) ? role.value() : null, active, Rows.timestamp(now), id)
			.update();
	}

	List<User> page(Role role, Long after, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from users where (cast(? as varchar) is null or role = ?) "
					+ "and (cast(? as bigint) is null or id > ?) order by id limit ?")
			.params((role != null) ? role.value() : null, (role != null) ? role.value() : null, after, after, limit)
			.query(UserRepository::user)
			.list();
	}

	long count(Role role) {
		return this.jdbc.sql("select count(*) from users where (cast(? as varchar) is null or role = ?)")
			.params((role != null) ? role.value() : null, (role != null) ? role.value() : null)
			.query(Long.class)
			.single();
	}

	long countCreatedSince(Instant since) {
		return this.jdbc.sql("select count(*) from users where created_at >= ?")
			.param(Rows.timestamp(since))
			.query(Long.class)
			.single();
	}

	private static User user(ResultSet rs, int row) throws SQLException {
		return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone_number"),
				rs.getString("password_hash"), Role.fromValue(rs.getString("role")).orElseThrow(),
				rs.getBoolean("is_active"), Rows.instant(rs, "email_verified_at"), rs.getBoolean("twofa_enabled"),
				Rows.instant(rs, "created_at"));
	}

}
