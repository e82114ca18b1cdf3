-- Fixed-window counters for rate limits shared by every instance.
create table rate_limit_counters (
    key             varchar(320)  not null,
    window_start    timestamptz   not null,
    hits            integer       not null,
    primary key (key, window_start)
);
create index rate_limit_counters_window_idx on rate_limit_counters (window_start);
