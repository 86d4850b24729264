-- Administrators change their own organisation's security policy (and nothing else of it).
grant update (require_second_factor) on organisations to meedoen_app;
