package ai.zimmer.loadtest.simulation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ai.zimmer.loadtest.client.CustomerJourneyClient;
import ai.zimmer.loadtest.client.RunIdentity;
import ai.zimmer.loadtest.client.Vendor;
import ai.zimmer.loadtest.client.VendorSetup;
import ai.zimmer.loadtest.client.ZimmerClient;
import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.settings.Target;

/**
 * The data a run creates on its target before the load starts, outside the measurement: a
 * vendor automation with its service token, and customers who signed up.
 */
record TestData(RunIdentity run, Vendor vendor, CustomerJourneyClient customers) {

	static TestData prepare(Target target) {
		Clock clock = Clock.systemUTC();
		ZimmerClient client = new ZimmerClient(target.baseUrl());
		RunIdentity run = new RunIdentity(clock);
		Vendor vendor = new VendorSetup(client).create(target.admin(), target.vendorUrl(), run);
		Console.line("Run " + run.id() + ": created the listed automation '" + vendor.name() + "' (id "
				+ vendor.automation().text() + ") and its service token");
		return new TestData(run, vendor, new CustomerJourneyClient(client, clock));
	}

	List<CustomerAccount> warmedUpCustomers(int count) {
		List<CustomerAccount> warmedUp = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			warmedUp.add(this.customers.wholeJourney(this.run, this.vendor));
		}
		Console.line("Run " + this.run.id() + ": " + count + " warm-up customers walked the whole journey");
		return warmedUp;
	}

}
