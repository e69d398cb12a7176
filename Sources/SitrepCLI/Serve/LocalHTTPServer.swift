import Dispatch
import Foundation
import Synchronization
import SystemPackage

/// A small HTTP/1.1 server on 127.0.0.1 for the preview: one GET or HEAD request per
/// connection, answered and closed. Enough for a browser and curl on the same machine, and it
/// keeps a networking library (and the dozens of shared libraries it loads at every start) out
/// of the `sitrep` binary, whose builds pay for each one.
struct LocalHTTPServer: Sendable {
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var body = Data()
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: UInt16
    /// The response to a request for a path (as sent, without the query), made on the
    /// connection's thread.
    let respond: @Sendable (String) -> Response
    /// Connections served at once; more are answered 503 at once instead of each taking a
    /// thread (slow clients must not exhaust the machine).
    static let maximumConnections = 32
    /// How long a client may take to send its request, in all.
    static let requestSeconds = 10
    private let slots = ConnectionSlots(limit: LocalHTTPServer.maximumConnections)

    /// Binds the port (throwing when it cannot) and serves on other threads from then on. The
    /// process must ignore SIGPIPE (`ServeCommand` does), so a client that goes away fails a
    /// write with EPIPE instead of ending the server.
    func start() throws {
        let listener = socket(AF_INET, Platform.streamSocket, 0)
        guard listener >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            let problem = String(cString: strerror(errno))
            close(listener)
            throw Failure(description: problem)
        }
        let server = self
        Thread.detachNewThread {
            while true {
                let connection = accept(listener, nil, nil)
                if connection < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    return
                }
                let socket = FileDescriptor(rawValue: connection)
                guard server.slots.take() else {
                    server.send(Response(status: 503, headers: [("Retry-After", "1")]), to: socket, withBody: true)
                    try? socket.close()
                    continue
                }
                Thread.detachNewThread {
                    server.serve(socket)
                    server.slots.giveBack()
                }
            }
        }
    }

    /// Reads one request from `connection`, answers it and closes the connection. The path
    /// handed on is percent-decoded.
    private func serve(_ connection: FileDescriptor) {
        defer { try? connection.close() }
        // A client that sends nothing, or a byte now and then, does not hold a thread for long.
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(connection.rawValue, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sendTimeout = timeval(tv_sec: Self.requestSeconds, tv_usec: 0)
        setsockopt(connection.rawValue, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(connection) else { return }
        let requestLine = head.prefix { $0 != "\r" && $0 != "\n" }.split(separator: " ")
        guard requestLine.count >= 2 else { return send(Response(status: 400), to: connection, withBody: true) }
        let method = requestLine[0]
        guard method == "GET" || method == "HEAD" else {
            return send(Response(status: 405, headers: [("Allow", "GET, HEAD")]), to: connection, withBody: true)
        }
        let target = requestLine[1]
        let rawPath = target.prefix { $0 != "?" && $0 != "#" }
        // "%00" once cut file names short; no file of a site has a control character in its name.
        guard let path = rawPath.removingPercentEncoding,
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return send(Response(status: 400), to: connection, withBody: true) }
        send(respond(path), to: connection, withBody: method == "GET")
    }

    /// The request line and headers, up to the blank line; nil when the client sent none.
    private func readHead(_ connection: FileDescriptor) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = DispatchTime.now() + .seconds(Self.requestSeconds)
        while bytes.count < 64 * 1024, DispatchTime.now() < deadline {
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBytes { try connection.read(into: $0) }
            } catch Errno.resourceTemporarilyUnavailable {
                continue  // nothing within the receive timeout: look at the deadline again
            } catch {
                break
            }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
            if headEnds(bytes) { break }
        }
        return headEnds(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// True once the blank line after the headers has arrived.
    private func headEnds(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for i in 0...(bytes.count - 4)
        where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return true
        }
        return false
    }

    private func send(_ response: Response, to connection: FileDescriptor, withBody: Bool) {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        var bytes = Data(head.utf8)
        if withBody { bytes.append(response.body) }
        // A client that went away, or takes longer than the send timeout, gets no more.
        _ = try? connection.writeAll(bytes)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 503: "Service Unavailable"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}

/// How many connections are being served, so that one beyond the limit is turned away at once.
private final class ConnectionSlots: Sendable {
    private let inUse = Mutex(0)
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a slot; false when all are taken.
    func take() -> Bool {
        inUse.withLock { inUse in
            guard inUse < limit else { return false }
            inUse += 1
            return true
        }
    }

    func giveBack() {
        inUse.withLock { $0 -= 1 }
    }
}
