package ai.zimmer.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.util.Collection;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads current resource usage: CPU and heap from the JVM, the connection pool and cache
 * counters from the meters Spring Boot registers for HikariCP and the caches.
 */
class ResourceReader {

	private final MeterRegistry registry;

	private final Clock clock;

	private final OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

	ResourceReader(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	ResourceSample read() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		long heapMax = (heap.getMax() > 0) ? heap.getMax() : heap.getCommitted();
		return new ResourceSample(this.clock.millis(), ratio(this.system.getProcessCpuLoad()),
				ratio(this.system.getCpuLoad()), heap.getUsed(), heapMax, gauges("hikaricp.connections.active"),
				gauges("hikaricp.connections.idle"), gauges("hikaricp.connections.max"),
				gauges("hikaricp.connections.pending"), cacheGets("hit"), cacheGets("miss"));
	}

	private double gauges(String name) {
		Collection<Gauge> found = this.registry.find(name).gauges();
		return found.isEmpty() ? Double.NaN : found.stream().mapToDouble(Gauge::value).sum();
	}

	/**
	 * Gets of every cache except the monitoring probe's own.
	 */
	private double cacheGets(String result) {
		return this.registry.find("cache.gets")
			.tag("result", result)
			.functionCounters()
			.stream()
			.filter((counter) -> !CacheProbe.PROBE_CACHE.equals(counter.getId().getTag("cache")))
			.mapToDouble(FunctionCounter::count)
			.sum();
	}

	private static double ratio(double load) {
		return (load < 0) ? Double.NaN : load;
	}

}
