-- Demo catalogue: loaded once into an empty database by the demo profile (catalog.DemoCatalog).
insert into warehouse (code, name, priority, address_name, address_line1, address_city, address_postal_code, address_country) values
    ('BER', 'Berlin fulfilment centre', 1, 'Orderflow Berlin', 'Lagerweg 5', 'Berlin', '12099', 'DE'),
    ('LEJ', 'Leipzig fulfilment centre', 2, 'Orderflow Leipzig', 'Am Logistikpark 12', 'Leipzig', '04435', 'DE');

insert into product (sku, name, unit_price, weight_grams) values
    ('TSHIRT-BLK-M', 'Organic cotton T-shirt, black, M', 19.90, 180),
    ('TSHIRT-WHT-L', 'Organic cotton T-shirt, white, L', 19.90, 190),
    ('HOODIE-NVY-M', 'Zip hoodie, navy, M', 54.00, 620),
    ('JEANS-IND-32', 'Selvedge jeans, indigo, 32/32', 89.00, 780),
    ('SNEAKER-WHT-42', 'Canvas sneaker, white, EU 42', 69.00, 950),
    ('SOCKS-3PK', 'Merino socks, 3-pack', 24.50, 150),
    ('CAP-OLV', 'Baseball cap, olive', 22.00, 120),
    ('BACKPACK-20L', 'Roll-top backpack, 20 l', 79.00, 900),
    ('BOTTLE-750', 'Insulated bottle, 750 ml', 29.90, 410),
    ('MUG-CER-350', 'Ceramic mug, 350 ml', 12.50, 380),
    ('KETTLE-1L7', 'Electric kettle, 1.7 l', 49.00, 1350),
    ('COFFEE-1KG', 'Espresso beans, 1 kg', 26.90, 1050),
    ('GRINDER-BURR', 'Burr coffee grinder', 149.00, 2900),
    ('HEADPH-BT', 'Bluetooth headphones', 129.00, 320),
    ('SPEAKER-BT', 'Portable speaker', 89.90, 560),
    ('CHARGER-65W', 'USB-C charger, 65 W', 39.00, 180),
    ('CABLE-USBC-2M', 'USB-C cable, 2 m', 14.90, 60),
    ('KEYBOARD-MECH', 'Mechanical keyboard', 119.00, 980),
    ('MOUSE-WL', 'Wireless mouse', 34.90, 95),
    ('MONITOR-27', '27-inch 4K monitor', 429.00, 6200),
    ('LAPTOP-14', '14-inch laptop, 16 GB', 1299.00, 1400),
    ('TABLET-11', '11-inch tablet, 128 GB', 549.00, 480),
    ('CAMERA-MIRRORLESS', 'Mirrorless camera body', 1849.00, 650),
    ('LAMP-DESK', 'LED desk lamp', 59.00, 1100);

insert into stock_level (sku, warehouse_code, on_hand, reserved) values
    ('TSHIRT-BLK-M', 'BER', 120, 0),
    ('TSHIRT-BLK-M', 'LEJ', 60, 0),
    ('TSHIRT-WHT-L', 'BER', 80, 0),
    ('TSHIRT-WHT-L', 'LEJ', 100, 0),
    ('HOODIE-NVY-M', 'BER', 40, 0),
    ('HOODIE-NVY-M', 'LEJ', 20, 0),
    ('JEANS-IND-32', 'BER', 60, 0),
    ('JEANS-IND-32', 'LEJ', 0, 0),
    ('SNEAKER-WHT-42', 'BER', 35, 0),
    ('SNEAKER-WHT-42', 'LEJ', 15, 0),
    ('SOCKS-3PK', 'BER', 200, 0),
    ('SOCKS-3PK', 'LEJ', 120, 0),
    ('CAP-OLV', 'BER', 70, 0),
    ('CAP-OLV', 'LEJ', 0, 0),
    ('BACKPACK-20L', 'BER', 25, 0),
    ('BACKPACK-20L', 'LEJ', 10, 0),
    ('BOTTLE-750', 'BER', 90, 0),
    ('BOTTLE-750', 'LEJ', 60, 0),
    ('MUG-CER-350', 'BER', 150, 0),
    ('MUG-CER-350', 'LEJ', 80, 0),
    ('KETTLE-1L7', 'BER', 30, 0),
    ('KETTLE-1L7', 'LEJ', 20, 0),
    ('COFFEE-1KG', 'BER', 60, 0),
    ('COFFEE-1KG', 'LEJ', 40, 0),
    ('GRINDER-BURR', 'BER', 12, 0),
    ('GRINDER-BURR', 'LEJ', 5, 0),
    ('HEADPH-BT', 'BER', 45, 0),
    ('HEADPH-BT', 'LEJ', 25, 0),
    ('SPEAKER-BT', 'BER', 40, 0),
    ('SPEAKER-BT', 'LEJ', 30, 0),
    ('CHARGER-65W', 'BER', 100, 0),
    ('CHARGER-65W', 'LEJ', 50, 0),
    ('CABLE-USBC-2M', 'BER', 300, 0),
    ('CABLE-USBC-2M', 'LEJ', 200, 0),
    ('KEYBOARD-MECH', 'BER', 20, 0),
    ('KEYBOARD-MECH', 'LEJ', 12, 0),
    ('MOUSE-WL', 'BER', 80, 0),
    ('MOUSE-WL', 'LEJ', 40, 0),
    ('MONITOR-27', 'BER', 8, 0),
    ('MONITOR-27', 'LEJ', 4, 0),
    ('LAPTOP-14', 'BER', 6, 0),
    ('LAPTOP-14', 'LEJ', 4, 0),
    ('TABLET-11', 'BER', 10, 0),
    ('TABLET-11', 'LEJ', 6, 0),
    ('CAMERA-MIRRORLESS', 'BER', 3, 0),
    ('CAMERA-MIRRORLESS', 'LEJ', 2, 0),
    ('LAMP-DESK', 'BER', 25, 0),
    ('LAMP-DESK', 'LEJ', 15, 0);

-- Every unit on hand arrives through the journal, so levels can be rebuilt from it.
insert into stock_movement (sku, warehouse_code, movement_type, on_hand_delta, reserved_delta, note, occurred_at)
    select sku, warehouse_code, 'RECEIPT', on_hand, 0, 'Opening stock', current_timestamp from stock_level where on_hand > 0;

-- What the shipping-service decision and the pick list read (issue #12).
update product set fragile = true where sku in ('MUG-CER-350', 'MONITOR-27', 'LAMP-DESK', 'CAMERA-MIRRORLESS');
update product set hazardous = true where sku in ('LAPTOP-14', 'CHARGER-65W');
update stock_level set bin = case warehouse_code when 'BER' then 'A-' else 'L-' end
    || lpad(cast((select count(*) from product p where p.sku <= stock_level.sku) as varchar(4)), 2, '0') || '-1';
