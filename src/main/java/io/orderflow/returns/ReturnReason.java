package io.orderflow.returns;

/** Why the customer sends items back; the return policy decides on it. */
public enum ReturnReason {

	DAMAGED("Arrived damaged"), WRONG_ITEM("Wrong item sent"), NOT_AS_DESCRIBED("Not as described"),
	CHANGED_MIND("Changed their mind"), OTHER("Other reason");

	private final String label;

	ReturnReason(String label) {
		this.label = label;
	}

	/** As staff read it on a form. */
	public String label() {
		return label;
	}

}
