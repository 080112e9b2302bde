package com.acme.shop.model;

/** Where a customer lives: a plain record, stored as JSON. */
public record Address(String city, String country) {}
