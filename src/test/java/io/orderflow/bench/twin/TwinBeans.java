package io.orderflow.bench.twin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orderflow.workflow.ReturnWindowFromNow;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The beans the diagrams' expressions name, for the twin: one {@link TwinStep} per
 * delegate or listener expression found in the deployed {@code *.bpmn}, and stand-ins for
 * the beans that expressions call ({@code timers}, {@code shipmentPlan},
 * {@code warehousePriority}) answering what the happy path of one warehouse needs.
 */
public final class TwinBeans {

	private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

	private TwinBeans() {
	}

	/** Bean name → bean, with the return window the OMS under test has. */
	public static Map<String, Object> all(String returnWindow) {
		Map<String, Object> beans = new TreeMap<>();
		delegateNames().forEach(name -> beans.put(name, new TwinStep(name)));
		beans.put("timers",
				Map.of("returnWindow", returnWindow, "deliverySla", "P10D", "reservationTtl", "P7D", "backorderWait",
						"P14D", "reviewSla", "PT4H", "paymentRetryWindow", "P2D", "bankTransferDeadline", "P5D",
						"returnParcelWindow", "P14D", "returnReviewSla", "P1D"));
		beans.put("returnWindow", new ReturnWindowFromNow(returnWindow));
		beans.put("shipmentPlan", new ShipmentPlan());
		beans.put("warehousePriority", new WarehousePriority());
		return beans;
	}

	/**
	 * The names of every {@code delegateExpression} in the diagrams on the class path.
	 */
	static TreeSet<String> delegateNames() {
		TreeSet<String> names = new TreeSet<>();
		try {
			for (Resource diagram : new PathMatchingResourcePatternResolver().getResources("classpath*:*.bpmn")) {
				Matcher matcher = DELEGATE.matcher(diagram.getContentAsString(StandardCharsets.UTF_8));
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return names;
	}

	/** Every order ships from one warehouse. */
	public static final class ShipmentPlan {

		public List<String> warehouses(String orderNumber) {
			return List.of("BER");
		}

	}

	/** Every warehouse task has the same priority and is due tomorrow. */
	public static final class WarehousePriority {

		public int priority(String orderNumber) {
			return 50;
		}

		public Date dueDate(String orderNumber) {
			return Date.from(Instant.now().plus(Duration.ofDays(1)));
		}

	}

}
