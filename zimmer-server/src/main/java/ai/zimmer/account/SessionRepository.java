package ai.zimmer.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, long userId, byte[] tokenHash, String userAgent, String ip, Instant now, Instant expiresAt) {
		this.jdbc
			.sql("insert into sessions (id, user_id, token_hash, user_agent, ip, last_used_at, expires_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, userId, tokenHash, userAgent, ip, Rows.timestamp(now), Rows.timestamp(expiresAt))
			.update();
	}

	Optional<Session> findById(UUID id) {
		return this.jdbc
			.sql("select id, user_id, token_hash, last_used_at, expires_at, revoked_at from sessions where id = ?")
			.param(id)
			.query((rs, row) -> new Session(rs.getObject("id", UUID.class), rs.getLong("user_id"),
					rs.getBytes("token_hash"), Rows.instant(rs, "last_used_at"), Rows.instant(rs, "expires_at"),
					Rows.instant(rs, "revoked_at")))
			.optional();
	}

	/**
	 * Replaces the current secret only if it is still the one presented, so that two
	 * refreshes with the same token cannot both succeed.
	 */
	boolean rotate(UUID id, byte[] presentedHash, byte[] nextHash, Instant now) {
		return this.jdbc
			.sql("update sessions set token_hash = ?, last_used_at = ?, updated_at = ? "
					+ "where id = ? and token_hash = ? and revoked_at is null")
			.params(nextHash, Rows.timestamp(now), Rows.timestamp(now), id, presentedHash)
			.update() == 1;
	}

	void revoke(UUID id, Instant now) {
		this.jdbc.sql("update sessions set revoked_at = ?, updated_at = ? where id = ? and revoked_at is null")
			.params(Rows.timestamp(now), Rows.timestamp(now), id)
			.update();
	}

	void revokeAll(long userId, UUID except, Instant now) {
		this.jdbc
			.sql("update sessions set revoked_at = ?, updated_at = ? where user_id = ? and revoked_at is null "
					+ "and (cast(? as uuid) is null or id <> ?)")
			.params(Rows.timestamp(now), Rows.timestamp(now), userId, except, except)
			.update();
	}

}
