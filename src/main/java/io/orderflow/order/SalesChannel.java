package io.orderflow.order;

public enum SalesChannel {

	WEB, MOBILE, PHONE, STORE, MARKETPLACE

}
