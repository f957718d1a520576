//! The browser entry point: installs the panic screen, then hydrates the prerendered page.

fn main() {
    #[cfg(feature = "csr")]
    cloud_refund_calculator::browser::start();
}
