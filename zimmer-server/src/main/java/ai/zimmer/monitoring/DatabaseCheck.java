package ai.zimmer.monitoring;

/**
 * A probe of the primary database together with the state of its schema.
 *
 * @param connection whether a pooled connection answered {@code select 1}, and how fast
 * @param migrationsApplied whether every Flyway migration is applied ({@code null} when
 * Flyway is not in use or the database could not be asked)
 */
record DatabaseCheck(ComponentCheck connection, Boolean migrationsApplied) {

	/**
	 * The database can serve: reachable, and no migration left pending.
	 */
	boolean ready() {
		return this.connection.up() && !Boolean.FALSE.equals(this.migrationsApplied);
	}

}
