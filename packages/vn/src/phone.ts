// @govmini/vn/phone — Vietnamese phone numbers on libphonenumber-js metadata.
