"""Small modal questions shared by several flows: pain score, safety, export."""
