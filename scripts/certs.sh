# Local TLS for the Graph simulator. SOURCE this file, then call certs_ensure.
# It creates (once) a private CA and a loopback server certificate under $REPO/.local/certs/ and
# exports the variables that make every .NET process started from this shell trust that CA,
# without touching the system trust store (see docs/decisions/0003-https-simulator.md).
#
#   OUTLOOKCMS_SIM_CERT   the simulator's server certificate (PKCS#12, no password)
#   OUTLOOKCMS_SIM_CA     the local CA certificate (PEM), for tools that take a CA file
#   SSL_CERT_DIR          the system directory plus $REPO/.local/certs/trust (hashed CA link): .NET, OpenSSL
#   CURL_CA_BUNDLE        the system bundle plus the local CA: curl ignores SSL_CERT_DIR
#   OUTLOOKCMS_WORKER_PFX   the GraphSync worker's client certificate with its key (PKCS#12, no password):
#                           Graph:ClientCertificatePath, it signs the worker's client assertions
#   OUTLOOKCMS_WORKER_CERT  the same certificate without the key (PEM): what the simulator registers on the
#                           worker's app (Simulator:WorkerCertificatePath falls back to it), as Entra would hold it
#
# Re-running is cheap: nothing is regenerated while the leaf is valid for another 30 days and
# was issued by the CA on disk.

certs_ensure() {
  local repo="${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
  local dir="$repo/.local/certs"
  local trust="$dir/trust"
  local system_dir="/etc/ssl/certs"

  command -v openssl >/dev/null 2>&1 || {
    if declare -F apt_install >/dev/null; then apt_install openssl openssl; else
      echo "certs_ensure: openssl is required" >&2; return 1; fi
  }
  mkdir -p "$dir" "$trust"
  chmod 755 "$dir" "$trust"

  if ! _certs_leaf_is_good "$dir"; then
    _certs_make_ca "$dir" || return 1
    _certs_make_leaf "$dir" || return 1
  fi

  if ! _certs_worker_is_good "$dir"; then
    _certs_make_worker "$dir" || return 1
  fi

  # A hashed link is what OpenSSL (and .NET's root store reader) looks up in an SSL_CERT_DIR entry.
  if [ ! -f "$trust/outlookcms-local-ca.pem" ] || ! cmp -s "$dir/ca.crt" "$trust/outlookcms-local-ca.pem"; then
    find "$trust" -mindepth 1 -delete
    cp "$dir/ca.crt" "$trust/outlookcms-local-ca.pem"
    openssl rehash "$trust" >/dev/null 2>&1 || _certs_link_hash "$trust"
  fi

  # curl reads neither SSL_CERT_DIR nor a second file, so it gets one bundle: system roots + the CA.
  local system_bundle=/etc/ssl/certs/ca-certificates.crt
  if [ ! -f "$dir/bundle.pem" ] || [ "$dir/ca.crt" -nt "$dir/bundle.pem" ] ||
     { [ -f "$system_bundle" ] && [ "$system_bundle" -nt "$dir/bundle.pem" ]; }; then
    { [ -f "$system_bundle" ] && cat "$system_bundle"; cat "$dir/ca.crt"; } >"$dir/bundle.pem"
  fi

  export OUTLOOKCMS_SIM_CERT="$dir/server.pfx"
  export CURL_CA_BUNDLE="$dir/bundle.pem"
  export OUTLOOKCMS_SIM_CA="$dir/ca.crt"
  export OUTLOOKCMS_WORKER_PFX="$dir/worker.pfx"
  export OUTLOOKCMS_WORKER_CERT="$dir/worker.crt"
  case ":${SSL_CERT_DIR:-}:" in
    *":$trust:"*) ;;
    *) export SSL_CERT_DIR="${SSL_CERT_DIR:-$system_dir}:$trust" ;;
  esac
}

_certs_leaf_is_good() { # the leaf exists, is valid for 30 more days and chains to the CA on disk
  local dir=$1
  [ -f "$dir/ca.crt" ] && [ -f "$dir/ca.key" ] && [ -f "$dir/server.crt" ] && [ -f "$dir/server.pfx" ] || return 1
  openssl x509 -in "$dir/server.crt" -noout -checkend $((30 * 24 * 3600)) >/dev/null 2>&1 || return 1
  openssl verify -CAfile "$dir/ca.crt" "$dir/server.crt" >/dev/null 2>&1
}

_certs_make_ca() {
  local dir=$1
  if [ -f "$dir/ca.crt" ] && [ -f "$dir/ca.key" ] &&
     openssl x509 -in "$dir/ca.crt" -noout -checkend $((365 * 24 * 3600)) >/dev/null 2>&1; then
    return 0
  fi
  openssl req -x509 -new -nodes -newkey rsa:2048 -sha256 -days 3650 \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" \
    -subj "/O=OutlookCms local development/CN=OutlookCms local CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" >/dev/null 2>&1 || {
      echo "certs_ensure: could not create the local CA" >&2; return 1; }
  chmod 600 "$dir/ca.key"
}

_certs_make_leaf() {
  local dir=$1 ext
  ext=$(mktemp)
  cat >"$ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
  local rc=0
  { openssl req -new -nodes -newkey rsa:2048 -sha256 \
      -keyout "$dir/server.key" -out "$dir/server.csr" \
      -subj "/O=OutlookCms local development/CN=localhost" &&
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
      -days 397 -sha256 -extfile "$ext" -out "$dir/server.crt" &&
    openssl pkcs12 -export -inkey "$dir/server.key" -in "$dir/server.crt" -certfile "$dir/ca.crt" \
      -name "OutlookCms simulator" -passout pass: -out "$dir/server.pfx"; } >/dev/null 2>&1 || rc=1
  rm -f "$ext" "$dir/server.csr"
  [ $rc = 0 ] || { echo "certs_ensure: could not create the server certificate" >&2; return 1; }
  chmod 600 "$dir/server.key" "$dir/server.pfx"
}

_certs_worker_is_good() { # the worker's certificate exists and is valid for 30 more days
  local dir=$1
  [ -f "$dir/worker.crt" ] && [ -f "$dir/worker.pfx" ] || return 1
  openssl x509 -in "$dir/worker.crt" -noout -checkend $((30 * 24 * 3600)) >/dev/null 2>&1
}

_certs_make_worker() { # self-signed, as Entra accepts for a certificate credential; only the app registration trusts it
  local dir=$1 rc=0
  { openssl req -x509 -new -nodes -newkey rsa:2048 -sha256 -days 397 \
      -keyout "$dir/worker.key" -out "$dir/worker.crt" \
      -subj "/O=OutlookCms local development/CN=OutlookCms GraphSync worker" \
      -addext "keyUsage=critical,digitalSignature" &&
    openssl pkcs12 -export -inkey "$dir/worker.key" -in "$dir/worker.crt" \
      -name "OutlookCms GraphSync worker" -passout pass: -out "$dir/worker.pfx"; } >/dev/null 2>&1 || rc=1
  [ $rc = 0 ] || { echo "certs_ensure: could not create the worker's client certificate" >&2; return 1; }
  chmod 600 "$dir/worker.key" "$dir/worker.pfx"
}

_certs_link_hash() { # fallback for an openssl without 'rehash'
  local trust=$1 hash
  hash=$(openssl x509 -in "$trust/outlookcms-local-ca.pem" -noout -subject_hash)
  ln -sf outlookcms-local-ca.pem "$trust/$hash.0"
}
