package ai.zimmer.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same moment from several threads, to race them against each other.
 */
final class Concurrently {

	private Concurrently() {
	}

	static <T> List<T> run(List<Callable<T>> tasks) {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(tasks.size())) {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("A concurrent task failed", ex);
		}
	}

	static <T> List<T> repeat(int times, Callable<T> task) {
		List<Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			tasks.add(task);
		}
		return run(tasks);
	}

}
