package pe.macexpress.desk.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * An OkHttp network interceptor that keeps every exchange as it crossed the wire (gzip bodies
 * still compressed), so a test can check it against the OpenAPI file afterwards.
 */
final class WireRecorder implements Interceptor {

    /** One request and its answer, bodies as sent. */
    record Exchange(String method, String path, String query, Headers requestHeaders, byte[] requestBody,
                    int status, Headers responseHeaders, byte[] responseBody) {
        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + " → " + status;
        }
    }

    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        byte[] sent = new byte[0];
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            sent = buffer.readByteArray();
        }
        Response response = chain.proceed(request);
        byte[] received = response.peekBody(Long.MAX_VALUE).bytes();
        exchanges.add(new Exchange(request.method(), request.url().encodedPath(), request.url().encodedQuery(),
                request.headers(), sent, response.code(), response.headers(), received));
        return response;
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }
}
