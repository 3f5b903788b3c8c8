package fr.memberspace.web.support;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.memberspace.support.boundary.Page;

/**
 * A PrimeFaces lazy table over a boundary that answers one {@link Page} at a time (rows and
 * the total together).
 */
class LazyPage<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page from the boundary. */
    @FunctionalInterface
    interface Source<T> extends java.io.Serializable {
        Page<T> page(int first, int size);
    }

    private final Source<T> source;

    LazyPage(Source<T> source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, source.page(0, 1).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        var page = source.page(first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.hashCode());
    }
}
