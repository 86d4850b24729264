-- Dutch names and Dutch search (issue 14).
--
-- 1. Clients are listed the Dutch way: "van den Berg" under B. `family_sort` is the family name without its
--    prefix (tussenvoegsel), lower-case; the prefixes are core's `TUSSENVOEGSELS` (BRP tabel 36), and a test checks
--    that this expression and core's `splitFamilyName` agree on every one of them.
alter table clients add column family_sort text generated always as (
  lower(regexp_replace(trim(family_name), '^(?:(?:onder\s+de|voor\s+den|van\s+den|van\s+der|van\s+het|van\s+ter|van\s+ten|uit\s+den|uit\s+het|aan\s+den|aan\s+het|over\s+de|voor\s+de|van\s+de|van\s+''t|uit\s+de|uit\s+''t|op\s+den|op\s+het|in\s+den|in\s+het|aan\s+de|bij\s+de|de\s+los|op\s+de|op\s+''t|in\s+de|in\s+''t|de\s+la|de\s+le|van|den|der|het|ter|ten|uit|aan|bij|tot|von|de|''t|te|in|op|la|le|du|zu)\s+(?=\S)|(?:d''|l'')(?=\S))', '', 'i'))
) stored;
create index clients_family_sort_idx on clients (org_id, family_sort, given_name);

-- 2. Search that finds "fiets" for "fietsen". The Dutch Snowball stemmer is not idempotent: it stems "fietsen" to
--    "fiets" but "fiets" to "fiet", so a word and its plural can miss each other. Stemming twice reaches the same
--    form for both; documents and queries go through the same two steps.
create function meedoen_dutch_vector(document text) returns tsvector
  language sql immutable parallel safe
  return to_tsvector('dutch', array_to_string(tsvector_to_array(to_tsvector('dutch', coalesce(document, ''))), ' '));

-- websearch syntax (quotes, OR, -word) is kept: its stemmed text form is parsed and stemmed once more.
create function meedoen_dutch_query(query text) returns tsquery
  language sql immutable parallel safe
  return to_tsquery('dutch', websearch_to_tsquery('dutch', query)::text);

-- the social map's search column holds the first step already; the second step is applied to its words
update offers set search = to_tsvector('dutch', array_to_string(tsvector_to_array(search), ' '));
