package ai.zimmer.loadtest.settings;

/**
 * How the load of a profile moves over the run.
 */
public enum Shape {

	/** A short ramp, then the peak held until the end. */
	STEADY,

	/**
	 * A low base, a quick jump to the peak, the peak held, a quick drop back to the base.
	 */
	SPIKE,

	/**
	 * A linear climb from almost nothing to the peak over the whole run, to find where
	 * the SLO breaks.
	 */
	RAMP

}
