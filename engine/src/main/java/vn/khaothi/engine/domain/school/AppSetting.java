package vn.khaothi.engine.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value the installation remembers, e.g. that the demo school was seeded. */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String value;

    protected AppSetting() {
    }

    public AppSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }
}
