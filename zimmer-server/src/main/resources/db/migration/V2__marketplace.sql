-- Marketplace: the automations catalogue with its vendor integration settings.
create table automations (
    id                      bigint generated always as identity primary key,
    name                    varchar(100)  not null,
    description             varchar(2000) not null default '',
    pricing_type            varchar(32)   not null
        check (pricing_type in ('token_per_session', 'token_per_message', 'flat_fee')),
    price_per_token         bigint        not null check (price_per_token >= 0),
    is_active               boolean       not null default true,
    is_listed               boolean       not null default false,
    health_check_url        varchar(2048),
    provision_url           varchar(2048),
    kb_status_url           varchar(2048),
    kb_reset_url            varchar(2048),
    service_token_id        uuid          unique,
    service_token_hash      bytea,
    service_token_cipher    varchar(512),
    previous_token_id       uuid          unique,
    previous_token_hash     bytea,
    previous_token_valid_until timestamptz,
    health_status           varchar(16)   not null default 'unknown'
        check (health_status in ('unknown', 'healthy', 'degraded', 'unhealthy')),
    last_health_at          timestamptz,
    health_details          jsonb,
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now()
);
create index automations_listed_idx on automations (id)
    where is_active and is_listed and service_token_hash is not null and health_status = 'healthy';
