-- Accounts of the people and systems that use danvan: a role, and for a reporter the unit whose
-- submissions (and those of the units under it) it may read and write.
create table account (
    id              uuid primary key,
    username        varchar(64) not null,
    display_name    varchar(200) not null,
    -- bcrypt (modular crypt format)
    password_hash   varchar(100) not null,
    role            varchar(16) not null,
    unit_id         uuid references org_unit (id),
    enabled         boolean not null,
    -- login throttling: failures in a row, and the lock they set
    failed_sign_ins integer not null default 0,
    locked_until    timestamp with time zone,
    -- username and display name folded (no diacritics, lower case) for search
    search_text     varchar(300) not null,
    version         bigint not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint account_username_unique unique (username)
);
create index account_unit_idx on account (unit_id);

-- Tokens other systems send as Authorization: Bearer; only their SHA-256 is kept.
create table api_token (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    name        varchar(200) not null,
    prefix      varchar(16) not null,
    token_hash  varchar(64) not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    created_at  timestamp with time zone not null,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_account_idx on api_token (account_id);

-- The append-only trail of every change, written in the transaction of the change.
create table audit_event (
    id          uuid primary key,
    at          timestamp with time zone not null,
    actor       varchar(64) not null,
    entity_type varchar(64) not null,
    entity_id   varchar(64) not null,
    action      varchar(16) not null,
    -- {"field": {"before": ..., "after": ...}} as JSON text
    changes     text not null,
    request_id  varchar(100)
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, at);
create index audit_event_actor_idx on audit_event (actor, at);
create index audit_event_at_idx on audit_event (at);
