"""The termbase: concepts in three languages, and linking their terms where pages use them."""
