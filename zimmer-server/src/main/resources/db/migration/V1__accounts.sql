-- Accounts: users and refresh-token sessions.
create table users (
    id              bigint generated always as identity primary key,
    name            varchar(100)  not null,
    email           varchar(254)  not null,
    phone_number    varchar(32),
    password_hash   varchar(100)  not null,
    role            varchar(32)   not null check (role in ('customer', 'support_staff', 'technical_team', 'manager')),
    is_active       boolean       not null default true,
    email_verified_at timestamptz,
    twofa_enabled   boolean       not null default false,
    twofa_secret    varchar(255),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create unique index users_email_key on users (lower(email));

create table sessions (
    id              uuid          primary key,
    user_id         bigint        not null references users (id) on delete cascade,
    token_hash      bytea         not null,
    user_agent      varchar(512),
    ip              varchar(64),
    last_used_at    timestamptz   not null,
    expires_at      timestamptz   not null,
    revoked_at      timestamptz,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create index sessions_user_idx on sessions (user_id) where revoked_at is null;

create table audit_events (
    id              bigint generated always as identity primary key,
    actor_id        bigint        references users (id),
    action          varchar(64)   not null,
    object_type     varchar(64)   not null,
    object_id       varchar(64)   not null,
    details         jsonb         not null default '{}'::jsonb,
    created_at      timestamptz   not null default now()
);
create index audit_events_object_idx on audit_events (object_type, object_id, id);
create index audit_events_created_idx on audit_events (id desc);

create table shedlock (
    name            varchar(64)   primary key,
    lock_until      timestamp     not null,
    locked_at       timestamp     not null,
    locked_by       varchar(255)  not null
);
