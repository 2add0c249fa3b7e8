#!/usr/bin/env bash
# Run once per `compose up` by the elasticsearch-setup container, as the `elastic` superuser: creates (or updates)
# the role and the user analytics-service signs in with, so the service never holds the superuser's password.
# Idempotent: PUT replaces the role and the user, so a password changed in infra/.env takes effect here.
set -euo pipefail

: "${ELASTICSEARCH_URL:?}" "${ELASTIC_PASSWORD:?}" "${ES_ANALYTICS_USER:?}" "${ES_ANALYTICS_PASSWORD:?}"

# The password goes into a JSON body as is: refuse the two characters that would need escaping there.
case "$ES_ANALYTICS_PASSWORD" in
  *[\"\\]*)
    echo "ES_ANALYTICS_PASSWORD must not contain \" or \\" >&2
    exit 1
    ;;
esac

put() { # put <path> <json body>
  curl --silent --show-error --fail-with-body --user "elastic:$ELASTIC_PASSWORD" \
    --header 'Content-Type: application/json' --request PUT "$ELASTICSEARCH_URL/$1" --data-binary "$2"
  echo
}

# What analytics does and nothing more, on Rostrum's indices only (rostrum-posts-YYYY.MM behind the alias
# rostrum-posts, rostrum-executives, rostrum-alerts):
# - cluster: monitor for its health check and reachability probe; manage_index_templates for the explicit
#   mappings it installs before the first write
# - indices: create_index for the month indices, manage for the alias, mappings and deleting months past the
#   retention, read and write for documents
put _security/role/rostrum_analytics '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [
    {"names": ["rostrum-*"], "privileges": ["create_index", "manage", "read", "write"]}
  ]
}'

put "_security/user/$ES_ANALYTICS_USER" "{
  \"password\": \"$ES_ANALYTICS_PASSWORD\",
  \"roles\": [\"rostrum_analytics\"],
  \"full_name\": \"Rostrum analytics-service\"
}"

echo "Elasticsearch user '$ES_ANALYTICS_USER' has the role rostrum_analytics"
