//! The browser entry point: installs the panic screen, then hydrates the prerendered page.

fn main() {
    #[cfg(feature = "csr")]
    cloud_refund_calculator::browser::start();
}

// The page is single-threaded (wasm32 without atomics), which is what AssumeSingleThreaded asks.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
