package io.orderflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.orderflow.drive.WarehouseWork;

/**
 * One measured run against one system: {@code clients} threads place orders (at most
 * {@code inFlight} unfinished at a time) and do the work the outside world does for them,
 * which one poller finds: warehouse tasks to complete, shipped orders to report
 * delivered, order processes that ended. Placing goes on until {@code measure} has passed
 * since the first order completed (the throughput window), then the run drains: it ends
 * when every placed order's process ended or at the deadline.
 */
final class LoadRun {

	private final Target target;

	private final WarehouseWork warehouse;

	private final String id;

	private final Settings settings;

	private final Map<String, Times> orders = new ConcurrentHashMap<>();

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();

	private final Set<String> queuedTasks = new HashSet<>();

	private final Set<String> reported = new HashSet<>();

	private final AtomicInteger placedCount = new AtomicInteger();

	private final AtomicInteger failures = new AtomicInteger();

	private volatile boolean placing = true;

	private volatile boolean finished;

	private volatile long firstCompletion;

	private int polls;

	LoadRun(Target target, String id, Settings settings) {
		this.target = target;
		this.warehouse = new WarehouseWork(target.client(), null);
		this.id = id;
		this.settings = settings;
	}

	/**
	 * Clients, their in-flight limit, the throughput window, how long the first order may
	 * take before placing stops anyway, how long the drain may take, and how often the
	 * poller looks.
	 */
	record Settings(int clients, int inFlight, Duration measure, Duration firstCompletionTimeout, Duration drain,
			long pollMillis) {
	}

	/**
	 * When an order was placed, its POST took, it was seen shipped, reported delivered,
	 * seen ended (ns).
	 */
	static final class Times {

		volatile long placed;

		volatile long postNanos;

		volatile long shipped;

		volatile long delivered;

		volatile long completed;

	}

	Outcome run() throws InterruptedException {
		long started = System.nanoTime();
		long stopPlacing = started + settings.firstCompletionTimeout().toNanos();
		long deadline = Long.MAX_VALUE;
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < settings.clients(); i++) {
			Thread client = new Thread(this::client, "bench-client-" + i);
			client.setDaemon(true);
			client.start();
			clients.add(client);
		}
		try {
			while (!finished && System.nanoTime() < deadline) {
				poll();
				polls++;
				if (firstCompletion != 0) {
					stopPlacing = Math.min(stopPlacing, firstCompletion + settings.measure().toNanos());
				}
				if (placing && System.nanoTime() > stopPlacing) {
					placing = false;
					deadline = System.nanoTime() + settings.drain().toNanos();
				}
				if (!placing && inFlight.isEmpty()) {
					finished = true;
				}
				Thread.sleep(settings.pollMillis());
			}
		}
		finally {
			placing = false;
			finished = true;
			for (Thread client : clients) {
				client.join(5000);
			}
		}
		long windowEnd = firstCompletion + settings.measure().toNanos();
		long inWindow = orders.values()
			.stream()
			.filter(t -> t.completed != 0 && t.completed >= firstCompletion && t.completed <= windowEnd)
			.count();
		return new Outcome(new ArrayList<>(orders.values()), placedCount.get(), inFlight.size(),
				firstCompletion == 0 ? 0 : inWindow / (settings.measure().toMillis() / 1000.0), failures.get(), polls);
	}

	/**
	 * Only the poller, with nothing in flight, for {@code rounds} rounds: what the
	 * driver's looking costs the system, to be taken out of the per-order figures.
	 */
	void pollIdle(int rounds) throws InterruptedException {
		for (int i = 0; i < rounds; i++) {
			poll();
			Thread.sleep(settings.pollMillis());
		}
	}

	/** The result of the load itself; the costs come from the {@link Probe}. */
	record Outcome(List<Times> orders, int placed, int unfinished, double completedPerSecond, int failures, int polls) {
	}

	private void client() {
		while (!finished) {
			try {
				Runnable next = work.poll();
				if (next != null) {
					next.run();
				}
				else if (placing && inFlight.size() < settings.inFlight()) {
					place();
				}
				else {
					next = work.poll(20, TimeUnit.MILLISECONDS);
					if (next != null) {
						next.run();
					}
				}
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				if (failures.incrementAndGet() <= 5) {
					System.out.println("BENCH " + id + " client failure: " + e);
				}
			}
		}
	}

	private void place() {
		int n = placedCount.getAndIncrement();
		Times times = new Times();
		times.placed = System.nanoTime();
		String order = target.place(id, n);
		times.postNanos = System.nanoTime() - times.placed;
		orders.put(order, times);
		inFlight.add(order);
	}

	/**
	 * Finds the work of the outside world, and the orders that ended since the last look.
	 */
	private void poll() {
		try {
			Set<String> looking = new HashSet<>(inFlight);
			for (WarehouseWork.OpenTask task : warehouse.openTasks(2000)) {
				if (queuedTasks.add(task.id())) {
					work.add(() -> warehouse.complete(task));
				}
			}
			long now = System.nanoTime();
			for (Target.Shipped order : target.shipped(looking)) {
				if (reported.add(order.orderNumber())) {
					Times times = orders.get(order.orderNumber());
					times.shipped = now;
					work.add(() -> {
						target.reportDelivered(order);
						times.delivered = System.nanoTime();
					});
				}
			}
			Set<String> running = target.running();
			now = System.nanoTime();
			for (String order : looking) {
				if (!running.contains(order)) {
					orders.get(order).completed = now;
					inFlight.remove(order);
					if (firstCompletion == 0) {
						firstCompletion = now;
					}
				}
			}
		}
		catch (RuntimeException e) {
			if (failures.incrementAndGet() <= 5) {
				System.out.println("BENCH " + id + " poller failure: " + e);
			}
		}
	}

}
