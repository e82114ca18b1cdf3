package ai.zimmer.loadtest.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxPayPageTest {

	@Test
	void shouldReadThePayLinkAndUndoTheAmpersandEscapes() {
		String page = "<a id=\"cancel\" href=\"/cb?payment_id=1&amp;status=NOK\">Cancel</a>"
				+ "<a id=\"pay\" href=\"/cb?payment_id=1&amp;authority=X&amp;status=OK\">Pay</a>";

		assertThat(SandboxPayPage.payLink(page)).contains("/cb?payment_id=1&authority=X&status=OK");
	}

	@Test
	void shouldFindThePayLinkWhateverTheAttributeOrderAndQuotes() {
		String page = "<A class='button' HREF='/cb?status=OK' ID='pay'>Pay</A>";

		assertThat(SandboxPayPage.payLink(page)).contains("/cb?status=OK");
	}

	@Test
	void shouldFindNothingWhenThePageHasOnlyCancel() {
		String page = "<a id=\"cancel\" href=\"/cb?status=NOK\">Cancel</a><a id=\"payment\" href=\"/x\">x</a>";

		assertThat(SandboxPayPage.payLink(page)).isEmpty();
	}

}
