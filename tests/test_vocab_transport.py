"""Transport failures in the words their clients, servers and gateways write: each row is a
sentence read in a primary source (the id names the library and the rule; signals.py names the
file beside the pattern), and gets the kind CONTRACT §2 gives it, with its retryability.
"""

from __future__ import annotations

import pytest

from chaterror import Kind, classify, classify_response

_T, _G, _C, _O, _A = Kind.TIMEOUT, Kind.GENERIC, Kind.CONFIG, Kind.OVERLOADED, Kind.AUTH

# (text, kind, retryable)
_WORDINGS = [
    # Rust: hyper, hyper-util, h2, reqwest, std::io.
    pytest.param(
        "connection closed before message completed", _T, True, id="hyper-incomplete-message"
    ),
    pytest.param("hyper::Error(IncompleteMessage)", _T, True, id="hyper-incomplete-message-debug"),
    pytest.param(
        "error sending request for url (https://api.openai.com/v1/chat/completions): connection "
        "closed before message completed",
        _T,
        True,
        id="reqwest-send-error",
    ),
    pytest.param("client error (Connect)", _T, True, id="hyper-util-client-error-connect"),
    pytest.param(
        "client error (SendRequest): connection closed before message completed",
        _T,
        True,
        id="hyper-util-client-error-send-request",
    ),
    pytest.param(
        "error trying to connect: tcp connect error: Connection refused (os error 111)",
        _T,
        True,
        id="hyper-connect-refused",
    ),
    pytest.param("operation timed out", _T, True, id="reqwest-timed-out"),
    pytest.param(
        "request or response body error: error reading a body from connection",
        _T,
        True,
        id="hyper-body-read-error",
    ),
    pytest.param(
        "error reading a body from connection: stream error received: unexpected internal error "
        "encountered",
        _T,
        True,
        id="h2-internal-error-reason",
    ),
    pytest.param(
        "http2 error: stream error received: refused stream before processing any application logic",
        _T,
        True,
        id="h2-refused-stream-reason",
    ),
    pytest.param(
        "connection error received: not a result of an error", _T, True, id="h2-goaway-no-error"
    ),
    pytest.param(
        "stream error received: unspecific protocol error detected",
        _G,
        False,
        id="h2-protocol-error-reason-is-not-transient",
    ),
    pytest.param("Kind(ConnectionReset)", _T, True, id="rust-io-kind-connection-reset"),
    pytest.param(
        "error writing a body to connection: Broken pipe (os error 32)",
        _T,
        True,
        id="hyper-body-write",
    ),
    pytest.param("client error (SendRequest): channel closed", _T, True, id="hyper-channel-closed"),
    pytest.param("dispatch task is gone", _T, True, id="hyper-dispatch-gone"),
    pytest.param(
        "received unexpected message from connection", _T, True, id="hyper-unexpected-message"
    ),
    pytest.param("http2 error: keep-alive timed out", _T, True, id="hyper-keepalive-timeout"),
    # Java: java.net, JDK HttpClient, OkHttp, Apache HttpClient, Reactor Netty, JSSE.
    pytest.param(
        "java.net.SocketTimeoutException: Read timed out", _T, True, id="java-read-timed-out"
    ),
    pytest.param(
        "java.net.SocketTimeoutException: connect timed out", _T, True, id="java-connect-timed-out"
    ),
    pytest.param("java.net.SocketTimeoutException: timeout", _T, True, id="okhttp-timeout"),
    pytest.param(
        "java.net.SocketException: Connection reset", _T, True, id="java-connection-reset"
    ),
    pytest.param(
        "java.net.SocketException: Broken pipe (Write failed)", _T, True, id="java-broken-pipe"
    ),
    pytest.param(
        "java.net.ConnectException: Connection refused", _T, True, id="java-connection-refused"
    ),
    pytest.param(
        "java.net.ConnectException: Failed to connect to api.openai.com/104.18.7.192:443",
        _T,
        True,
        id="okhttp-failed-to-connect",
    ),
    pytest.param(
        "java.net.http.HttpTimeoutException: request timed out",
        _T,
        True,
        id="jdk-httpclient-timeout",
    ),
    pytest.param(
        "java.net.http.HttpConnectTimeoutException: HTTP connect timed out",
        _T,
        True,
        id="jdk-httpclient-connect-timeout",
    ),
    pytest.param(
        "java.io.IOException: HTTP/1.1 header parser received no bytes",
        _T,
        True,
        id="jdk-httpclient-no-bytes",
    ),
    pytest.param(
        "java.io.IOException: unexpected end of stream on https://api.openai.com/...",
        _T,
        True,
        id="okhttp-unexpected-end-of-stream",
    ),
    pytest.param(
        "okhttp3.internal.http2.StreamResetException: stream was reset: INTERNAL_ERROR",
        _T,
        True,
        id="okhttp-stream-reset-internal-error",
    ),
    pytest.param("stream was reset: REFUSED_STREAM", _T, True, id="okhttp-stream-reset-refused"),
    pytest.param("stream was reset: CANCEL", _T, True, id="okhttp-stream-reset-cancel"),
    pytest.param(
        "stream was reset: PROTOCOL_ERROR",
        _G,
        False,
        id="okhttp-stream-reset-protocol-error-is-not",
    ),
    pytest.param(
        "java.io.EOFException: \\n not found: limit=0 content=…",
        _T,
        True,
        id="okio-eof-is-not-a-missing-resource",
    ),
    pytest.param(
        "java.io.IOException: Received RST_STREAM: Stream cancelled", _T, True, id="jdk-rst-stream"
    ),
    pytest.param(
        "org.apache.http.NoHttpResponseException: api.openai.com:443 failed to respond",
        _T,
        True,
        id="apache-no-http-response",
    ),
    pytest.param(
        "org.apache.hc.core5.http.ConnectionClosedException: Premature end of chunk coded message "
        "body: closing chunk expected",
        _T,
        True,
        id="apache-premature-end-of-chunked-body",
    ),
    pytest.param(
        "Premature end of Content-Length delimited message body (expected: 1,234; received: 12)",
        _T,
        True,
        id="apache-premature-end-of-content-length-body",
    ),
    pytest.param(
        "reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE "
        "response",
        _T,
        True,
        id="reactor-netty-premature-close-before",
    ),
    pytest.param(
        "Connection prematurely closed DURING response",
        _T,
        True,
        id="reactor-netty-premature-close-during",
    ),
    pytest.param(
        "javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake",
        _T,
        True,
        id="jsse-remote-host-terminated-handshake",
    ),
    pytest.param(
        "sun.security.validator.ValidatorException: PKIX path building failed: unable to find valid "
        "certification path to requested target",
        _C,
        False,
        id="jsse-untrusted-certificate-is-config",
    ),
    pytest.param(
        "javax.net.ssl.SSLException: Connection or outbound has closed",
        _T,
        True,
        id="jsse-outbound-closed",
    ),
    pytest.param("java.nio.channels.ClosedChannelException", _T, True, id="netty-closed-channel"),
    pytest.param(
        "io.grpc.StatusRuntimeException: INTERNAL: RST_STREAM closed stream. HTTP/2 error code: "
        "INTERNAL_ERROR",
        _T,
        True,
        id="grpc-java-rst-stream-internal-error",
    ),
    pytest.param(
        "io.grpc.StatusRuntimeException: UNAVAILABLE: Network closed for unknown reason",
        _T,
        True,
        id="grpc-java-network-closed",
    ),
    # .NET: System.Net.Http, System.Net.Sockets, .NET Framework's WebException.
    pytest.param(
        "System.Net.Http.HttpRequestException: Error while copying content to a stream.",
        _T,
        True,
        id="dotnet-content-copy-error",
    ),
    pytest.param(
        "System.Net.Http.HttpIOException: The response ended prematurely. (ResponseEnded)",
        _T,
        True,
        id="dotnet-response-ended",
    ),
    pytest.param(
        "The response ended prematurely, with at least 1024 additional bytes expected.",
        _T,
        True,
        id="dotnet-response-ended-bytes-expected",
    ),
    pytest.param(
        "System.Net.Http.HttpRequestException: An error occurred while sending the request.",
        _T,
        True,
        id="dotnet-error-while-sending",
    ),
    pytest.param(
        "Unable to read data from the transport connection: An existing connection was forcibly "
        "closed by the remote host.",
        _T,
        True,
        id="dotnet-forcibly-closed",
    ),
    pytest.param(
        "Unable to write data to the transport connection: Broken pipe.",
        _T,
        True,
        id="dotnet-io-write",
    ),
    pytest.param(
        "A connection attempt failed because the connected party did not properly respond after a "
        "period of time, or established connection failed because connected host has failed to respond.",
        _T,
        True,
        id="dotnet-wsaetimedout",
    ),
    pytest.param(
        "The HTTP/2 server reset the stream. HTTP/2 error code 'INTERNAL_ERROR' (0x2).",
        _T,
        True,
        id="dotnet-http2-stream-reset",
    ),
    pytest.param(
        "The HTTP/2 server closed the connection. HTTP/2 error code 'NO_ERROR' (0x0).",
        _T,
        True,
        id="dotnet-http2-connection-closed",
    ),
    pytest.param(
        "The underlying connection was closed: An unexpected error occurred on a receive.",
        _T,
        True,
        id="dotnet-framework-underlying-connection-closed",
    ),
    pytest.param(
        "The SSL connection could not be established, see inner exception.",
        _T,
        True,
        id="dotnet-ssl-connection-failed",
    ),
    pytest.param(
        "The SSL connection could not be established, see inner exception. The remote certificate "
        "is invalid according to the validation procedure: RemoteCertificateNameMismatch",
        _C,
        False,
        id="dotnet-invalid-certificate-is-config",
    ),
    pytest.param(
        "The server returned an invalid or unrecognized response.",
        _T,
        True,
        id="dotnet-invalid-response",
    ),
    pytest.param(
        "The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
        _T,
        True,
        id="dotnet-httpclient-timeout",
    ),
    pytest.param(
        "No connection could be made because the target machine actively refused it.",
        _T,
        True,
        id="dotnet-actively-refused",
    ),
    # curl's error texts, by exit code.
    pytest.param(
        "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received",
        _T,
        True,
        id="curl-28-operation-timed-out",
    ),
    pytest.param(
        "curl: (28) Connection timed out after 10001 milliseconds", _T, True, id="curl-28-connect"
    ),
    pytest.param("curl: (52) Empty reply from server", _T, True, id="curl-52-empty-reply"),
    pytest.param(
        "curl: (56) Recv failure: Connection reset by peer", _T, True, id="curl-56-recv-failure"
    ),
    pytest.param(
        "curl: (56) Failure when receiving data from the peer",
        _T,
        True,
        id="curl-56-failure-receiving",
    ),
    pytest.param(
        "curl: (56) OpenSSL SSL_read: error:0A000126:SSL routines::unexpected eof while reading, errno 0",
        _T,
        True,
        id="curl-56-ssl-unexpected-eof",
    ),
    pytest.param(
        "curl: (7) Failed to connect to localhost port 11434 after 0 ms: Couldn't connect to server",
        _T,
        True,
        id="curl-7-couldnt-connect",
    ),
    pytest.param(
        "curl: (7) Failed to connect to localhost port 11434: Connection refused",
        _T,
        True,
        id="curl-7-refused",
    ),
    pytest.param(
        "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.openai.com:443",
        _T,
        True,
        id="curl-35-ssl-error-syscall",
    ),
    pytest.param("curl: (35) SSL connect error", _T, True, id="curl-35-ssl-connect-error"),
    pytest.param(
        "curl: (18) transfer closed with 1234 bytes remaining to read", _T, True, id="curl-18-bytes"
    ),
    pytest.param(
        "curl: (18) transfer closed with outstanding read data remaining",
        _T,
        True,
        id="curl-18-outstanding",
    ),
    pytest.param(
        "curl: (92) HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)",
        _T,
        True,
        id="curl-92-http2-stream",
    ),
    pytest.param(
        "curl: (16) Error in the HTTP2 framing layer", _T, True, id="curl-16-http2-framing"
    ),
    pytest.param("curl: (55) Failed sending data to the peer", _T, True, id="curl-55-send"),
    # Node: net, tls, http, http2, undici.
    pytest.param("read ECONNRESET", _T, True, id="node-econnreset"),
    pytest.param("Error: socket hang up", _T, True, id="node-socket-hang-up"),
    pytest.param("Error: aborted", _T, True, id="node-http-response-aborted"),
    pytest.param(
        "Client network socket disconnected before secure TLS connection was established",
        _T,
        True,
        id="node-tls-socket-disconnected",
    ),
    pytest.param("getaddrinfo EAI_AGAIN api.openai.com", _T, True, id="node-eai-again-transient"),
    pytest.param("connect ETIMEDOUT 104.18.7.192:443", _T, True, id="node-etimedout"),
    pytest.param("Premature close", _T, True, id="node-premature-close"),
    pytest.param(
        "TimeoutError: The operation was aborted due to timeout",
        _T,
        True,
        id="node-abort-signal-timeout",
    ),
    pytest.param(
        "Connect Timeout Error (attempted address: api.openai.com:443, timeout: 10000ms)",
        _T,
        True,
        id="undici-connect-timeout",
    ),
    pytest.param("SocketError: other side closed", _T, True, id="undici-other-side-closed"),
    pytest.param("SocketError: closed", _T, True, id="undici-socket-closed"),
    pytest.param("SocketError: Socket error", _T, True, id="undici-socket-error-default"),
    pytest.param(
        "SecureProxyConnectionError: Secure Proxy Connection failed",
        _T,
        True,
        id="undici-proxy-tls",
    ),
    pytest.param(
        "Request body length does not match content-length header",
        _G,
        False,
        id="undici-request-length-mismatch-is-the-callers",
    ),
    pytest.param(
        "Headers Overflow Error", _G, False, id="undici-headers-overflow-is-not-transport"
    ),
    pytest.param("TypeError: terminated", _T, True, id="undici-fetch-terminated"),
    pytest.param("TypeError: fetch failed", _T, True, id="undici-fetch-failed"),
    pytest.param(
        "Response body length does not match content-length header",
        _T,
        True,
        id="undici-content-length-mismatch",
    ),
    pytest.param(
        "HeadersTimeoutError: Headers Timeout Error", _T, True, id="undici-headers-timeout"
    ),
    pytest.param("BodyTimeoutError: Body Timeout Error", _T, True, id="undici-body-timeout"),
    pytest.param(
        "Error [ERR_HTTP2_STREAM_ERROR]: Stream closed with error code NGHTTP2_INTERNAL_ERROR",
        _T,
        True,
        id="node-http2-stream-internal-error",
    ),
    pytest.param(
        "Stream closed with error code NGHTTP2_REFUSED_STREAM",
        _T,
        True,
        id="node-http2-refused-stream",
    ),
    pytest.param(
        "Error [ERR_HTTP2_GOAWAY_SESSION]: New streams cannot be created after receiving a GOAWAY",
        _T,
        True,
        id="node-http2-goaway",
    ),
    pytest.param("ESOCKETTIMEDOUT", _T, True, id="request-socket-timeout"),
    pytest.param("AxiosError: Network Error", _T, True, id="axios-network-error"),
    pytest.param("AxiosError: timeout of 60000ms exceeded", _T, True, id="axios-timeout"),
    pytest.param(
        "An established connection was aborted by the software in your host machine",
        _T,
        True,
        id="windows-wsaeconnaborted",
    ),
    pytest.param(
        "RequestAbortedError [AbortError]: Request aborted", _G, False, id="undici-caller-abort"
    ),
    pytest.param("AbortError: This operation was aborted", _G, False, id="node-caller-abort"),
    # Go: net, net/http, http2, crypto/tls.
    pytest.param(
        'Post "https://api.openai.com/v1/chat/completions": unexpected EOF',
        _T,
        True,
        id="go-unexpected-eof",
    ),
    pytest.param(
        "read tcp 10.0.0.2:51234->104.18.7.192:443: read: connection reset by peer",
        _T,
        True,
        id="go-connection-reset",
    ),
    pytest.param("dial tcp 104.18.7.192:443: i/o timeout", _T, True, id="go-io-timeout"),
    pytest.param("net/http: TLS handshake timeout", _T, True, id="go-tls-handshake-timeout"),
    pytest.param(
        'http2: server sent GOAWAY and closed the connection; LastStreamID=1, ErrCode=NO_ERROR, debug=""',
        _T,
        True,
        id="go-http2-goaway",
    ),
    pytest.param(
        "stream error: stream ID 3; INTERNAL_ERROR; received from peer",
        _T,
        True,
        id="go-http2-stream-error-from-peer",
    ),
    pytest.param(
        "stream error: stream ID 7; INTERNAL_ERROR", _T, True, id="go-http2-stream-internal"
    ),
    pytest.param(
        "stream error: stream ID 5; REFUSED_STREAM", _T, True, id="go-http2-stream-refused"
    ),
    pytest.param(
        "stream error: stream ID 1; PROTOCOL_ERROR", _G, False, id="go-http2-protocol-error-is-not"
    ),
    pytest.param(
        "http2: Transport received Server's graceful shutdown GOAWAY",
        _T,
        True,
        id="go-http2-graceful-goaway",
    ),
    pytest.param("http2: client connection lost", _T, True, id="go-http2-connection-lost"),
    pytest.param(
        "net/http: timeout awaiting response headers", _T, True, id="go-response-header-timeout"
    ),
    pytest.param(
        "net/http: HTTP/1.x transport connection broken: unexpected EOF",
        _T,
        True,
        id="go-transport-connection-broken",
    ),
    pytest.param("http: server closed idle connection", _T, True, id="go-server-closed-idle"),
    pytest.param(
        "net/http: request canceled while waiting for connection",
        _T,
        True,
        id="go-waiting-for-connection",
    ),
    pytest.param("remote error: tls: bad record MAC", _T, True, id="go-tls-bad-record-mac"),
    pytest.param(
        "dial tcp: lookup api.openai.com on 127.0.0.53:53: server misbehaving",
        _T,
        True,
        id="go-dns-servfail-is-transient",
    ),
    pytest.param("context deadline exceeded", _T, False, id="go-caller-deadline"),
    pytest.param(
        "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
        _T,
        False,
        id="go-client-timeout-is-the-callers",
    ),
    pytest.param("net/http: request canceled", _G, False, id="go-request-canceled"),
    # Python: anyio, http.client, ssl, websockets, httpcore/h2, grpc.
    pytest.param("anyio.BrokenResourceError", _T, True, id="anyio-broken-resource"),
    pytest.param("anyio.EndOfStream", _T, True, id="anyio-end-of-stream"),
    pytest.param("BadStatusLine('')", _T, True, id="http-client-bad-status-line"),
    pytest.param(
        "<StreamReset stream_id:3, error_code:2, remote_reset:True>",
        _T,
        True,
        id="httpcore-h2-stream-reset",
    ),
    pytest.param(
        "websockets.exceptions.ConnectionClosedError: no close frame received or sent",
        _T,
        True,
        id="websockets-no-close-frame",
    ),
    pytest.param(
        "sent 1011 (internal error) keepalive ping timeout; no close frame received",
        _T,
        True,
        id="websockets-keepalive-timeout",
    ),
    pytest.param(
        "[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] decryption failed or bad record mac (_ssl.c:2580)",
        _T,
        True,
        id="ssl-bad-record-mac",
    ),
    pytest.param(
        "('Connection broken: InvalidChunkLength(got length b\\'\\', 0 bytes read)', "
        "InvalidChunkLength(got length b'', 0 bytes read))",
        _T,
        True,
        id="urllib3-invalid-chunk-length",
    ),
    pytest.param(
        "<_InactiveRpcError of RPC that terminated with: status = StatusCode.UNKNOWN details = "
        '"Stream removed">',
        _T,
        True,
        id="grpc-stream-removed",
    ),
    pytest.param(
        'status = StatusCode.UNAVAILABLE details = "Endpoint read failed"',
        _T,
        True,
        id="grpc-endpoint-read",
    ),
    pytest.param(
        'status = StatusCode.UNAVAILABLE details = "keepalive watchdog timeout"',
        _T,
        True,
        id="grpc-keepalive-watchdog",
    ),
    # More of the same families, and browsers.
    pytest.param(
        "okhttp3.internal.http2.ConnectionShutdownException",
        _T,
        True,
        id="okhttp-connection-shutdown",
    ),
    pytest.param(
        "websockets.exceptions.InvalidMessage: did not receive a valid HTTP response",
        _T,
        True,
        id="websockets-invalid-message",
    ),
    pytest.param(
        "javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching api.foo.com found.",
        _C,
        False,
        id="jsse-hostname-mismatch-is-config",
    ),
    pytest.param(
        "tls: first record does not look like a TLS handshake",
        _C,
        False,
        id="go-tls-to-plain-http-is-config",
    ),
    pytest.param("TypeError: Failed to fetch", _T, True, id="chromium-fetch-failed"),
    pytest.param(
        "TypeError: NetworkError when attempting to fetch resource.",
        _T,
        True,
        id="firefox-fetch-failed",
    ),
    pytest.param("TypeError: Load failed", _T, True, id="webkit-fetch-failed"),
    pytest.param(
        "Failed to fetch models: 401 Unauthorized",
        _A,
        False,
        id="failed-to-fetch-with-its-own-cause",
    ),
    pytest.param("net::ERR_CONNECTION_RESET", _T, True, id="chromium-connection-reset"),
    pytest.param("net::ERR_CONNECTION_CLOSED", _T, True, id="chromium-connection-closed"),
    pytest.param("net::ERR_CONNECTION_REFUSED", _T, True, id="chromium-connection-refused"),
    pytest.param("net::ERR_TIMED_OUT", _T, True, id="chromium-timed-out"),
    pytest.param("net::ERR_NETWORK_CHANGED", _T, True, id="chromium-network-changed"),
    pytest.param("net::ERR_INTERNET_DISCONNECTED", _T, True, id="chromium-internet-disconnected"),
    pytest.param("net::ERR_EMPTY_RESPONSE", _T, True, id="chromium-empty-response"),
    pytest.param(
        "net::ERR_INCOMPLETE_CHUNKED_ENCODING", _T, True, id="chromium-incomplete-chunked-encoding"
    ),
    pytest.param("net::ERR_CERT_AUTHORITY_INVALID", _C, False, id="chromium-certificate-is-config"),
    pytest.param("net::ERR_NAME_NOT_RESOLVED", _C, False, id="chromium-unresolved-name-is-config"),
    pytest.param("error code: 1033", _T, True, id="cloudflare-1033-bare"),
    pytest.param(
        "http2: Transport: peer server initiated graceful shutdown after some of Request.Body was sent",
        _T,
        True,
        id="go-http2-goaway-mid-upload",
    ),
    pytest.param(
        "ProxyError: Unable to connect to proxy", _T, True, id="urllib3-proxy-unreachable"
    ),
    pytest.param("General SOCKS server failure", _T, True, id="pysocks-general-failure"),
    pytest.param(
        "Proxy Server could not connect: Host unreachable.",
        _T,
        True,
        id="httpcore-socks-could-not-connect",
    ),
    pytest.param(
        "curl: (97) Can't complete SOCKS5 connection to api.openai.com. (4)",
        _T,
        True,
        id="curl-97-socks",
    ),
    pytest.param(
        "rpc error: code = Internal desc = stream terminated by RST_STREAM with error code: INTERNAL_ERROR",
        _T,
        True,
        id="grpc-go-rst-stream-internal-error",
    ),
    pytest.param(
        "rpc error: code = Internal desc = stream terminated by RST_STREAM with error code: PROTOCOL_ERROR",
        _G,
        False,
        id="grpc-go-rst-stream-protocol-error-is-not",
    ),
    pytest.param(
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        _T,
        False,
        id="grpc-go-caller-deadline",
    ),
    pytest.param("StatusCode.UNKNOWN", _G, True, id="grpc-unknown-is-an-unexpected-5xx"),
    pytest.param(
        "StatusCode.UNKNOWN: Exception calling application: invalid api key",
        _A,
        False,
        id="grpc-unknown-with-its-own-cause",
    ),
    pytest.param(
        'Connection was closed before we received a valid response from endpoint URL: "https://x".',
        _T,
        True,
        id="botocore-connection-closed",
    ),
    pytest.param(
        "An HTTP Client failed to establish a connection: ",
        _T,
        True,
        id="botocore-connection-error",
    ),
    pytest.param(
        'Read timeout on endpoint URL: "https://bedrock-runtime.us-east-1.amazonaws.com/"',
        _T,
        True,
        id="botocore-read-timeout",
    ),
    # Gateways and platforms.
    pytest.param(
        "upstream connect error or disconnect/reset before headers. reset reason: connection "
        "termination",
        _T,
        True,
        id="envoy-reset-before-headers",
    ),
    pytest.param(
        "upstream reset: reset reason: connection termination", _T, True, id="envoy-upstream-reset"
    ),
    pytest.param("upstream request timeout", _T, True, id="envoy-upstream-request-timeout"),
    pytest.param(
        "upstream connect error or disconnect/reset before headers. reset reason: overflow",
        _O,
        True,
        id="envoy-overflow-is-capacity",
    ),
    pytest.param(
        "upstream_reset_before_response_started{connection_termination}",
        _T,
        True,
        id="envoy-detail-reset-before-response",
    ),
    pytest.param(
        "upstream_reset_after_response_started{remote_reset}",
        _T,
        True,
        id="envoy-detail-reset-after-response",
    ),
    pytest.param("upstream_response_timeout", _T, True, id="envoy-detail-response-timeout"),
    pytest.param("upstream_per_try_timeout", _T, True, id="envoy-detail-per-try-timeout"),
    pytest.param("stream_idle_timeout", _T, True, id="envoy-detail-stream-idle-timeout"),
    pytest.param("no_healthy_upstream", _T, True, id="envoy-detail-no-healthy-upstream"),
    pytest.param(
        "upstream_reset_before_response_started{overflow}",
        _O,
        True,
        id="envoy-detail-overflow-is-capacity",
    ),
    pytest.param("route_not_found", _C, False, id="envoy-detail-route-not-found-is-config"),
    pytest.param("Error 503 first byte timeout", _T, True, id="fastly-first-byte-is-the-origin"),
    pytest.param("Error 503 backend read error", _T, True, id="fastly-backend-read-error"),
    pytest.param(
        "The proxy server received an invalid\nresponse from an upstream server.",
        _T,
        True,
        id="apache-502-invalid-response",
    ),
    pytest.param(
        "The proxy server could not handle the request", _T, True, id="apache-502-could-not-handle"
    ),
    pytest.param(
        "The server is temporarily unable to service your request due to maintenance downtime or "
        "capacity problems. Please try again later.",
        _T,
        True,
        id="apache-503",
    ),
    pytest.param("Application failed to respond", _T, True, id="railway-502"),
    pytest.param("The server didn't respond in time.", _T, True, id="haproxy-504"),
    pytest.param("No server is available to handle this request.", _T, True, id="haproxy-503"),
    pytest.param(
        "The server returned an invalid or incomplete response.", _T, True, id="haproxy-502"
    ),
    pytest.param(
        '{"message": "Endpoint request timed out"}', _T, True, id="aws-api-gateway-timeout"
    ),
    pytest.param(
        "Network error communicating with endpoint", _T, True, id="aws-api-gateway-network-error"
    ),
    pytest.param(
        "504 ERROR The request could not be satisfied. CloudFront attempted to establish a "
        "connection with the origin, but either the attempt failed or the origin closed the connection.",
        _T,
        True,
        id="cloudfront-504",
    ),
    pytest.param("OriginTimeout", _T, True, id="azure-front-door-origin-timeout"),
    pytest.param("OriginConnectionAborted", _T, True, id="azure-front-door-origin-aborted"),
    pytest.param("OriginConnectionRefused", _T, True, id="azure-front-door-origin-refused"),
    pytest.param(
        "BackendConnectionFailure: The underlying connection was closed",
        _T,
        True,
        id="azure-apim-backend-connection-failure",
    ),
    pytest.param(
        "The server encountered a temporary error and could not complete your request.<p>Please "
        "try again in 30 seconds.",
        _T,
        True,
        id="google-front-end-temporary-error",
    ),
    pytest.param(
        "The request failed because the HTTP connection to the instance had an error.",
        _T,
        True,
        id="cloud-run-connection-to-instance",
    ),
    pytest.param(
        "The request was aborted because there was no available instance.",
        _O,
        True,
        id="cloud-run-no-available-instance-is-capacity",
    ),
    pytest.param("FUNCTION_INVOCATION_TIMEOUT", _T, True, id="vercel-function-timeout"),
    pytest.param("MIDDLEWARE_INVOCATION_TIMEOUT", _T, True, id="vercel-middleware-timeout"),
    pytest.param("NO_RESPONSE_FROM_FUNCTION", _T, True, id="vercel-no-response-from-function"),
    pytest.param(
        "ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR", _T, True, id="vercel-external-target-connection"
    ),
    pytest.param(
        "ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR", _T, True, id="vercel-external-target-handshake"
    ),
    pytest.param('at=error code=H12 desc="Request timeout"', _T, True, id="heroku-h12"),
    pytest.param(
        'at=error code=H13 desc="Connection closed without response"', _T, True, id="heroku-h13"
    ),
    pytest.param('at=error code=H15 desc="Idle connection"', _T, True, id="heroku-h15"),
    pytest.param('at=error code=H18 desc="Server Request Interrupted"', _T, True, id="heroku-h18"),
    pytest.param("Error 1033 Argo Tunnel error", _T, True, id="cloudflare-1033"),
    pytest.param("error code: 524", _T, True, id="cloudflare-524"),
    pytest.param(
        "upstream timed out (110: Connection timed out) while reading response header from upstream",
        _T,
        True,
        id="nginx-upstream-timed-out",
    ),
    pytest.param(
        "upstream sent no valid HTTP/1.0 header while reading response header from upstream",
        _T,
        True,
        id="nginx-upstream-no-valid-header",
    ),
    pytest.param(
        "upstream server temporarily disabled while connecting to upstream",
        _T,
        True,
        id="nginx-upstream-disabled",
    ),
    pytest.param(
        "client intended to send too large body: 10485761 bytes",
        Kind.CONTEXT_LENGTH,
        False,
        id="nginx-413-body-too-large",
    ),
    pytest.param(
        "connect() failed (111: Connection refused) while connecting to upstream",
        _T,
        True,
        id="nginx-connect-refused",
    ),
]


@pytest.mark.parametrize(("text", "kind", "retryable"), _WORDINGS)
def test_wording_as_text_gets_its_kind(text: str, kind: Kind, retryable: bool) -> None:
    """The wording alone, as a logged string, gets its kind and retryability."""
    found = classify(text)
    assert (found.kind, found.retryable) == (kind, retryable)


@pytest.mark.parametrize(("text", "kind", "retryable"), _WORDINGS)
def test_wording_as_exception_gets_its_kind(text: str, kind: Kind, retryable: bool) -> None:
    """The wording as an exception's message gets the same kind and retryability."""
    found = classify(RuntimeError(text))
    assert (found.kind, found.retryable) == (kind, retryable)


# A name that does not resolve is a bad endpoint, unless it is a provider's own API host.
_DNS = [
    pytest.param("curl: (6) Could not resolve host: my-llm.internal", _C, id="curl-6-unknown-host"),
    pytest.param("java.net.UnknownHostException: my-llm.internal", _C, id="java-unknown-host"),
    pytest.param(
        "DNS resolution failed for my-llm.internal:443: empty address list: ",
        _C,
        id="grpc-empty-address-list",
    ),
    pytest.param(
        "curl: (6) Could not resolve host: https://api.openai.com/v1/chat/completions",
        _T,
        id="curl-6-provider-host-is-the-network",
    ),
    pytest.param(
        "java.net.UnknownHostException: https://api.anthropic.com/v1/messages",
        _T,
        id="java-unknown-provider-host-is-the-network",
    ),
]


@pytest.mark.parametrize(("text", "kind"), _DNS)
def test_unresolved_name_follows_the_host(text: str, kind: Kind) -> None:
    """An unresolved name is config for a made-up host and a timeout for a provider's own."""
    found = classify(RuntimeError(text))
    assert (found.kind, found.retryable) == (kind, kind is _T)


def _exception(name: str) -> BaseException:
    """An exception whose class bears a library's name, recognised by shape, not import."""
    return type(name, (Exception,), {})("")


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("BrokenResourceError", id="anyio-broken-resource"),
        pytest.param("EndOfStream", id="anyio-end-of-stream"),
        pytest.param("BadStatusLine", id="http-client-bad-status-line"),
        pytest.param("ConnectionFailed", id="anyio-connection-failed"),
    ],
)
def test_transport_exception_class_is_a_timeout(name: str) -> None:
    """A transport exception with no message is a retryable timeout by its class name."""
    found = classify(_exception(name))
    assert (found.kind, found.retryable) == (_T, True)


# Gateway responses: the status and the gateway's own body.
_RESPONSES = [
    pytest.param(504, {"message": "Endpoint request timed out"}, _T, id="aws-api-gateway-504"),
    pytest.param(
        502,
        "<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete "
        "response.\n</body></html>",
        _T,
        id="haproxy-502-page",
    ),
    pytest.param(
        503,
        {"error": {"code": "OriginConnectionAborted", "message": "Origin aborted the connection"}},
        _T,
        id="azure-front-door-503",
    ),
    pytest.param(
        504,
        "An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\niad1::abcd-123",
        _T,
        id="vercel-504-page",
    ),
    pytest.param(502, "NO_RESPONSE_FROM_FUNCTION", _T, id="vercel-502-page"),
    pytest.param(
        500,
        "The request was aborted because there was no available instance.",
        _O,
        id="cloud-run-500-no-instance",
    ),
    pytest.param(520, "error code: 520", _G, id="cloudflare-520-stays-an-unexpected-5xx"),
]


@pytest.mark.parametrize(("status", "body", "kind"), _RESPONSES)
def test_gateway_response_gets_its_kind(status: int, body: object, kind: Kind) -> None:
    """A gateway's response, its status and its own body, gets the kind the failure is."""
    found = classify_response(status, body)  # type: ignore[arg-type]
    assert (found.kind, found.retryable) == (kind, True)


# Transport words inside a rejection with a better signal: the rejection's kind wins.
_BETTER = [
    pytest.param(
        401,
        {
            "error": {
                "message": "Incorrect API key provided. An error occurred while sending the request."
            }
        },
        _A,
        id="401-beats-dotnet-send-error",
    ),
    pytest.param(
        401,
        {
            "error": {
                "message": "Unauthorized: stream was reset: CANCEL",
                "type": "authentication_error",
            }
        },
        _A,
        id="401-beats-okhttp-stream-reset",
    ),
    pytest.param(
        401,
        "Authentication failed. upstream reset: reset reason: connection termination",
        _A,
        id="401-beats-envoy-reset",
    ),
    pytest.param(
        400,
        {
            "error": {
                "message": "Failed to download image from https://example.com/a.png: Failed to "
                "connect to example.com",
                "type": "invalid_request_error",
                "code": "invalid_image_url",
            }
        },
        _C,
        id="400-code-beats-failed-to-connect",
    ),
    pytest.param(
        400,
        {
            "error": {
                "message": "prompt is too long: 300000 tokens > 200000 maximum. Premature end of "
                "chunk coded message body",
                "type": "invalid_request_error",
            }
        },
        Kind.CONTEXT_LENGTH,
        id="400-context-overflow-beats-premature-end",
    ),
    pytest.param(
        400,
        {
            "error": {
                "message": "The model `gpt-9` does not exist. Empty reply from server",
                "type": "invalid_request_error",
                "code": "model_not_found",
            }
        },
        _C,
        id="400-unknown-model-beats-empty-reply",
    ),
]


@pytest.mark.parametrize(("status", "body", "kind"), _BETTER)
def test_transport_words_do_not_override_a_better_signal(
    status: int, body: object, kind: Kind
) -> None:
    """A 401 or a 400 with its own code or wording keeps its kind beside transport words."""
    found = classify_response(status, body)  # type: ignore[arg-type]
    assert (found.kind, found.retryable) == (kind, False)
