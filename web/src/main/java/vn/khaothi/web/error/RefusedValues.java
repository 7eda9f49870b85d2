package vn.khaothi.web.error;

import vn.khaothi.web.input.RefusedValue;

/**
 * Finds, in what JAX-RS or JSON-B threw, a value the request should not have sent (issue 11,
 * findings 9 and 13), so that the answer is a 400 saying which, not a 404 or a 500.
 */
final class RefusedValues {

    private RefusedValues() {
    }

    /** The message of a {@link RefusedValue} among the causes, or null. */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedValue r) {
                return r.getMessage();
            }
        }
        return null;
    }

    /**
     * A query, path or header parameter that could not be converted ({@code grade=abc}, a number
     * past the int range): JAX-RS answers 404 for those, which tells the caller nothing. The
     * implementation's exception is recognised by name, so no Jersey type is needed at compile time.
     */
    static String badParameter(Throwable e) {
        if (!e.getClass().getName().endsWith("ParamException$QueryParamException")
                && !e.getClass().getName().endsWith("ParamException$PathParamException")
                && !e.getClass().getName().endsWith("ParamException$HeaderParamException")
                && !e.getClass().getName().endsWith("ParamException$FormParamException")) {
            return null;
        }
        String name = "a parameter";
        try {
            Object n = e.getClass().getMethod("getParameterName").invoke(e);
            if (n != null) {
                name = n.toString();
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // keep the generic name
        }
        return name + " has a value of the wrong kind (e.g. a whole number is expected)";
    }
}
