package ai.zimmer.sample;

/** One method on one path. Throws {@link ApiProblem} for anything but a normal answer. */
@FunctionalInterface
interface Endpoint {

	Reply handle(InboundRequest request) throws InterruptedException;

}
